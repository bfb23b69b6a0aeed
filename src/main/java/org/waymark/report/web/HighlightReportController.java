package org.waymark.report.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.report.HighlightReportService;

/** A highlight report's read view, laid out like the paper template and fit to print. */
@Controller
class HighlightReportController {

	private final HighlightReportService reports;

	HighlightReportController(HighlightReportService reports) {
		this.reports = reports;
	}

	/**
	 * The service refuses (403) a report the reader may not see, and answers 404 for one
	 * that does not exist.
	 */
	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, Authentication reader, Model model) {
		model.addAttribute("report", this.reports.view(id, reader));
		return "report/view";
	}

}
