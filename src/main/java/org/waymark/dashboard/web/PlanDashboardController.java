package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.dashboard.PlanDashboardService;

/** The home page: the plan dashboard for the latest quarter, or for the one chosen. */
@Controller
class PlanDashboardController {

	private final PlanDashboardService dashboards;

	PlanDashboardController(PlanDashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/")
	String show(@RequestParam(name = "period", required = false) Long periodId, Authentication reader, Model model) {
		this.dashboards.dashboard(periodId, reader)
			.ifPresent((dashboard) -> model.addAttribute("dashboard", dashboard));
		return "dashboard/plan";
	}

}
