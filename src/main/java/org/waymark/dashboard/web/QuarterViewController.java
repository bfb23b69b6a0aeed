package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.dashboard.QuarterViewService;
import org.waymark.report.ExecutiveSummaryService;

/** One quarter of a plan: every programme side by side, and who has reported. */
@Controller
class QuarterViewController {

	private final QuarterViewService quarters;

	private final ExecutiveSummaryService summaries;

	QuarterViewController(QuarterViewService quarters, ExecutiveSummaryService summaries) {
		this.quarters = quarters;
		this.summaries = summaries;
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}")
	String show(@PathVariable long planId, @PathVariable long periodId, Authentication reader, Model model) {
		model.addAttribute("view", this.quarters.quarter(planId, periodId, reader));
		// The summary's page when the reader has one to read (admins: a draft too); its
		// Word file only when published.
		ExecutiveSummaryService.SummaryOffer summary = this.summaries.offerFor(periodId, reader);
		model.addAttribute("summaryLink", summary.page());
		model.addAttribute("summaryPublished", summary.wordFile());
		return "dashboard/quarter";
	}

}
