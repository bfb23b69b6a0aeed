package org.waymark.risk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.risk.RiskOverviews;
import org.waymark.risk.UnknownRiskFilterException;

/**
 * A plan's risk heat map and attention list, for everyone signed in. Their filters are
 * GET forms, so a filtered view can be bookmarked and shared; a filter value the page
 * does not understand answers 400 ({@link RiskFilterAdvice}).
 */
@Controller
class RiskHeatMapController {

	private final RiskOverviews overviews;

	RiskHeatMapController(RiskOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/plans/{planId}/risks/heat-map")
	String heatMap(@PathVariable long planId, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String status, @RequestParam(required = false) String previous,
			Model model) {
		model.addAttribute("page", this.overviews.heatMap(planId, programme, status, showPrevious(previous)));
		return "risk/heat-map";
	}

	@GetMapping("/plans/{planId}/risks/attention")
	String attention(@PathVariable long planId, @RequestParam(required = false) String programme, Model model) {
		model.addAttribute("page", this.overviews.attention(planId, programme));
		return "risk/attention";
	}

	/** The heat map's checkbox sends {@code true}; unticked, it sends nothing. */
	private static boolean showPrevious(String previous) {
		if (previous == null || previous.isBlank() || "false".equalsIgnoreCase(previous.strip())) {
			return false;
		}
		if ("true".equalsIgnoreCase(previous.strip())) {
			return true;
		}
		throw new UnknownRiskFilterException("previous", previous);
	}

}
