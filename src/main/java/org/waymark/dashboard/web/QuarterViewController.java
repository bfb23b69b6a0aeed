package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.dashboard.QuarterViewService;
import org.waymark.report.ExecutiveSummaryService;
import org.waymark.report.ReportQueries;

/** One quarter of a plan: every programme side by side, and who has reported. */
@Controller
class QuarterViewController {

	private final QuarterViewService quarters;

	private final ReportQueries reports;

	private final ExecutiveSummaryService summaries;

	QuarterViewController(QuarterViewService quarters, ReportQueries reports, ExecutiveSummaryService summaries) {
		this.quarters = quarters;
		this.reports = reports;
		this.summaries = summaries;
	}

	@GetMapping("/plans/{planId}/quarters/{periodId}")
	String show(@PathVariable long planId, @PathVariable long periodId, Authentication reader, Model model) {
		model.addAttribute("view", this.quarters.quarter(planId, periodId, reader));
		// Offers the summary's Word file only when there is a published one to give.
		model.addAttribute("summaryPublished", this.reports.hasPublishedSummary(periodId));
		// Links the summary's page when the reader has one to read (admins: a draft too).
		model.addAttribute("summaryLink", this.summaries.hasPageFor(periodId, reader));
		return "dashboard/quarter";
	}

}
