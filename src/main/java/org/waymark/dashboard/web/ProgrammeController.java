package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.dashboard.ProgrammeDashboardService;

/** A programme's page. */
@Controller
class ProgrammeController {

	private final ProgrammeDashboardService dashboards;

	ProgrammeController(ProgrammeDashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable long id, Authentication reader, Model model) {
		model.addAttribute("page", this.dashboards.dashboard(id, reader));
		return "dashboard/programme";
	}

}
