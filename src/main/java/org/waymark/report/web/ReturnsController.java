package org.waymark.report.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.waymark.report.ReportDraftingService;
import org.waymark.report.ReturnsService;

/**
 * Where the quarter's returns stand: a lead's "your reports", from which they start or
 * carry on writing, and the business manager's view of every programme's return.
 */
@Controller
class ReturnsController {

	private final ReturnsService returns;

	private final ReportDraftingService drafting;

	ReturnsController(ReturnsService returns, ReportDraftingService drafting) {
		this.returns = returns;
		this.drafting = drafting;
	}

	@GetMapping("/reports/mine")
	String yourReports(Authentication who, Model model) {
		model.addAttribute("quarters", this.returns.yourReports(who));
		return "report/mine";
	}

	/**
	 * Starts the programme's report for the quarter (a POST: it creates the draft), or
	 * opens it if it has been started.
	 */
	@PostMapping("/programmes/{programmeId}/periods/{periodId}/report")
	String start(@PathVariable long programmeId, @PathVariable long periodId, Authentication who) {
		long reportId;
		try {
			reportId = this.drafting.start(programmeId, periodId, who);
		}
		catch (DataIntegrityViolationException ex) {
			// Started by another request at the same moment (a double click): the
			// database kept one report, which this second try opens.
			reportId = this.drafting.start(programmeId, periodId, who);
		}
		return "redirect:/reports/" + reportId + "/edit";
	}

	@GetMapping("/returns")
	String overview(Authentication who, Model model) {
		model.addAttribute("overview", this.returns.overview(who));
		return "report/review/returns";
	}

}
