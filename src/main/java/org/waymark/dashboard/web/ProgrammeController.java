package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.dashboard.ProgrammeDashboardService;

/**
 * A programme's dashboard, as at the latest quarter the reader may see or as at the one
 * chosen ({@code ?period=}), so that any quarter's view has its own address.
 */
@Controller
class ProgrammeController {

	private final ProgrammeDashboardService dashboards;

	ProgrammeController(ProgrammeDashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable long id, @RequestParam(name = "period", required = false) Long periodId,
			Authentication reader, Model model) {
		model.addAttribute("page", this.dashboards.dashboard(id, periodId, reader));
		return "dashboard/programme";
	}

}
