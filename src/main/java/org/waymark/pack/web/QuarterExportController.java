package org.waymark.pack.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.pack.QuarterExports;
import org.waymark.pack.QuarterSheet;

/**
 * A quarter's data to download, linked from the quarter view: the workbook, and each of
 * its sheets as a CSV file. Everyone signed in may download; what is in the files depends
 * on who asks, as on the quarter view.
 */
@Controller
class QuarterExportController {

	private final QuarterExports exports;

	QuarterExportController(QuarterExports exports) {
		this.exports = exports;
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}/export.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long planId, @PathVariable long periodId, Authentication reader) {
		return this.exports.workbook(planId, periodId, reader).asDownload();
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}/statuses.csv")
	ResponseEntity<byte[]> statuses(@PathVariable long planId, @PathVariable long periodId, Authentication reader) {
		return this.exports.csv(planId, periodId, QuarterSheet.STATUSES, reader).asDownload();
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}/measures.csv")
	ResponseEntity<byte[]> measures(@PathVariable long planId, @PathVariable long periodId, Authentication reader) {
		return this.exports.csv(planId, periodId, QuarterSheet.MEASURES, reader).asDownload();
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}/actions.csv")
	ResponseEntity<byte[]> actions(@PathVariable long planId, @PathVariable long periodId, Authentication reader) {
		return this.exports.csv(planId, periodId, QuarterSheet.ACTIONS, reader).asDownload();
	}

}
