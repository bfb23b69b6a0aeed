package org.waymark.report.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.report.ReportHistoryService;

/**
 * A highlight report's history of changes, and what changed between two of its saves.
 * Both show drafts' text, so the service lets in only those who may read the programme's
 * drafts (403 for others, 404 for a report or change set that does not exist).
 */
@Controller
class ReportHistoryController {

	private final ReportHistoryService history;

	ReportHistoryController(ReportHistoryService history) {
		this.history = history;
	}

	@GetMapping("/reports/{id}/history")
	String history(@PathVariable long id, Authentication reader, Model model) {
		model.addAttribute("history", this.history.history(id, reader));
		return "report/history/list";
	}

	/**
	 * A GET form's answer, so a comparison can be bookmarked or shared. Change sets left
	 * out default to the latest and the one before it. A change set number that is not a
	 * number, or not positive (none is), is a 400 page for anyone: it says nothing about
	 * the report.
	 */
	@GetMapping("/reports/{id}/history/compare")
	String compare(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Authentication reader, Model model,
			HttpServletResponse response) {
		if ((from != null && from < 1) || (to != null && to < 1)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "error/400";
		}
		model.addAttribute("comparison", this.history.compare(id, from, to, reader));
		return "report/history/compare";
	}

}
