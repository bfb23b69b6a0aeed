package org.waymark.action.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.action.DeadlineService;

/**
 * A plan's actions overdue and due soon, filtered by programme and owner with a GET form
 * so that a filtered list can be bookmarked and shared.
 */
@Controller
class DeadlinesController {

	private final DeadlineService deadlines;

	DeadlinesController(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/plans/{planId}/deadlines")
	String deadlines(@PathVariable long planId, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) String owner, Authentication reader, Model model) {
		model.addAttribute("deadlines", this.deadlines.deadlines(planId, programme, owner, reader));
		return "action/deadlines";
	}

}
