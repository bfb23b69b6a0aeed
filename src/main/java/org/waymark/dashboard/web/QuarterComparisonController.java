package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.dashboard.QuarterComparisonService;

/**
 * What changed between two quarters of a plan, for the whole plan or one programme, for
 * everyone signed in. A GET page with every choice in the address, so a comparison can be
 * bookmarked and shared.
 */
@Controller
class QuarterComparisonController {

	private final QuarterComparisonService comparisons;

	QuarterComparisonController(QuarterComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/plans/{planId}/compare")
	String compare(@PathVariable long planId, @RequestParam(name = "from", required = false) Long fromId,
			@RequestParam(name = "to", required = false) Long toId,
			@RequestParam(name = "programme", required = false) Long programmeId, Authentication reader, Model model) {
		model.addAttribute("view", this.comparisons.compare(planId, fromId, toId, programmeId, reader));
		return "dashboard/compare";
	}

}
