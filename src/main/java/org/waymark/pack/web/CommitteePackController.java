package org.waymark.pack.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.pack.CommitteePackFiles;

/**
 * The committee pack to download: the quarter's pack as PDF and the executive summary as
 * Word, linked from the quarter view, and a highlight report as Word, linked from the
 * report. What is in each file depends on who asks, as on the pages they are linked from.
 */
@Controller
class CommitteePackController {

	private final CommitteePackFiles files;

	CommitteePackController(CommitteePackFiles files) {
		this.files = files;
	}

	/** Everyone signed in; a scrutiny councillor's pack holds published reports only. */
	@GetMapping("/plans/{planId}/quarters/{periodId}/pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable long planId, @PathVariable long periodId, Authentication reader) {
		return this.files.pdf(planId, periodId, reader).asDownload();
	}

	/** The published executive summary; page not found while none is published. */
	@GetMapping("/plans/{planId}/quarters/{periodId}/executive-summary.docx")
	ResponseEntity<byte[]> executiveSummary(@PathVariable long planId, @PathVariable long periodId,
			Authentication reader) {
		return this.files.executiveSummary(planId, periodId, reader).asDownload();
	}

	/** Whoever may read the report (403 otherwise, 404 for none). */
	@GetMapping("/reports/{id}/report.docx")
	ResponseEntity<byte[]> report(@PathVariable long id, Authentication reader) {
		return this.files.report(id, reader).asDownload();
	}

}
