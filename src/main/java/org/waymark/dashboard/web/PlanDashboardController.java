package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.dashboard.PlanDashboardService;
import org.waymark.report.ExecutiveSummaryService;

/**
 * The home page: the plan dashboard for the active plan's latest quarter, or for the plan
 * or quarter chosen.
 */
@Controller
class PlanDashboardController {

	private final PlanDashboardService dashboards;

	private final ExecutiveSummaryService summaries;

	PlanDashboardController(PlanDashboardService dashboards, ExecutiveSummaryService summaries) {
		this.dashboards = dashboards;
		this.summaries = summaries;
	}

	@GetMapping("/")
	String show(@RequestParam(name = "period", required = false) Long periodId,
			@RequestParam(name = "plan", required = false) Long planId, Authentication reader, Model model) {
		this.dashboards.dashboard(periodId, planId, reader).ifPresent((dashboard) -> {
			model.addAttribute("dashboard", dashboard);
			if (dashboard.selected() != null) {
				model.addAttribute("summaryLink", this.summaries.hasPageFor(dashboard.selected().id(), reader));
			}
		});
		return "dashboard/plan";
	}

}
