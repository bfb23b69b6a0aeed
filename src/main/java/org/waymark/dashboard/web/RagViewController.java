package org.waymark.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.dashboard.RagFilter;
import org.waymark.dashboard.RagViewService;
import org.waymark.dashboard.ScrutinySummaryService;

import java.util.List;

/**
 * The RAG view and the scrutiny summary of a plan for a quarter, for everyone signed in.
 * Both are GET pages with every choice in the address, so a view can be bookmarked and
 * shared. The RAG view's filters are read as text so that a value it does not understand
 * gets a 400 page naming it ({@link RagFilterAdvice}), as on the risk pages.
 */
@Controller
class RagViewController {

	private final RagViewService ragViews;

	private final ScrutinySummaryService summaries;

	RagViewController(RagViewService ragViews, ScrutinySummaryService summaries) {
		this.ragViews = ragViews;
		this.summaries = summaries;
	}

	@GetMapping("/plans/{planId}/rag")
	String rag(@PathVariable long planId, @RequestParam(name = "period", required = false) Long periodId,
			@RequestParam(name = "colour", required = false) List<String> colour,
			@RequestParam(name = "type", required = false) List<String> type, Authentication reader, Model model) {
		model.addAttribute("view", this.ragViews.view(planId, periodId, RagFilter.parse(colour, type), reader));
		return "dashboard/rag";
	}

	@GetMapping("/plans/{planId}/scrutiny-summary")
	String scrutinySummary(@PathVariable long planId, @RequestParam(name = "period", required = false) Long periodId,
			Authentication reader, Model model) {
		model.addAttribute("summary", this.summaries.summary(planId, periodId, reader));
		return "dashboard/scrutiny-summary";
	}

}
