package org.waymark.action.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.action.ActionListing;
import org.waymark.action.DuplicateRecommendationException;
import org.waymark.action.RecommendationEditing;
import org.waymark.action.RecommendationEditing.Change;
import org.waymark.action.RecommendationService;

import java.util.List;

/**
 * The register of a plan's recommendations and their coverage by actions, which everyone
 * signed in reads, and the administrator's pages adding, changing and removing them.
 * <p>
 * A change made from a page someone else's save has overtaken answers 409 with what was
 * typed kept and the stored recommendation beside it; the form then carries the stored
 * version, so saving again replaces it knowingly.
 */
@Controller
class RecommendationController {

	static final String FORM = "action/recommendations/form";

	static final String REMOVE = "action/recommendations/remove";

	private final RecommendationService recommendations;

	RecommendationController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/plans/{planId}/recommendations")
	String register(@PathVariable long planId, Authentication reader, Model model) {
		model.addAttribute("register", this.recommendations.register(planId, reader));
		return "action/recommendations/register";
	}

	@GetMapping("/plans/{planId}/recommendations/coverage")
	String coverage(@PathVariable long planId, @RequestParam(required = false) String source, Authentication reader,
			Model model) {
		model.addAttribute("coverage",
				this.recommendations.coverage(planId, (source == null || source.isBlank()) ? null : source, reader));
		return "action/recommendations/coverage";
	}

	@GetMapping("/plans/{planId}/recommendations/new")
	String adding(@PathVariable long planId, Authentication who, Model model) {
		RecommendationEditing editing = this.recommendations.adding(planId, who);
		RecommendationForm form = new RecommendationForm();
		form.setSource(editing.sources().isEmpty() ? null : editing.sources().get(0));
		model.addAttribute("editing", editing);
		model.addAttribute("recommendationForm", form);
		return FORM;
	}

	@PostMapping("/plans/{planId}/recommendations/new")
	String add(@PathVariable long planId, @Valid @ModelAttribute RecommendationForm recommendationForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect) {
		RecommendationEditing editing = this.recommendations.adding(planId, who);
		model.addAttribute("editing", editing);
		Change change = recommendationForm.toChange(editing.sources(), result);
		if (change == null) {
			return FORM;
		}
		try {
			this.recommendations.add(planId, change, who);
		}
		catch (DuplicateRecommendationException ex) {
			rejectDuplicate(result, change);
			return FORM;
		}
		redirect.addFlashAttribute("added", change);
		return "redirect:/plans/" + planId + "/recommendations";
	}

	@GetMapping("/plans/{planId}/recommendations/{recommendationId}")
	String editing(@PathVariable long planId, @PathVariable long recommendationId, Authentication who, Model model) {
		RecommendationEditing editing = this.recommendations.editing(planId, recommendationId, who);
		model.addAttribute("editing", editing);
		model.addAttribute("recommendationForm", formShowing(editing.recommendation()));
		return FORM;
	}

	@PostMapping("/plans/{planId}/recommendations/{recommendationId}")
	String change(@PathVariable long planId, @PathVariable long recommendationId,
			@Valid @ModelAttribute RecommendationForm recommendationForm, BindingResult result, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecommendationEditing editing = this.recommendations.editing(planId, recommendationId, who);
		model.addAttribute("editing", editing);
		Change change = recommendationForm.toChange(editing.sources(), result);
		if (change == null) {
			return FORM;
		}
		try {
			this.recommendations.change(planId, recommendationId, recommendationForm.versionShown(), change, who);
		}
		catch (DuplicateRecommendationException ex) {
			rejectDuplicate(result, change);
			return FORM;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			RecommendationEditing stored = this.recommendations.editing(planId, recommendationId, who);
			recommendationForm.setVersion(String.valueOf(stored.recommendation().version()));
			model.addAttribute("editing", stored);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return FORM;
		}
		redirect.addFlashAttribute("changed", change);
		return "redirect:/plans/" + planId + "/recommendations";
	}

	@GetMapping("/plans/{planId}/recommendations/{recommendationId}/remove")
	String removing(@PathVariable long planId, @PathVariable long recommendationId, Authentication who, Model model) {
		model.addAttribute("editing", this.recommendations.editing(planId, recommendationId, who));
		return REMOVE;
	}

	/**
	 * Removes a recommendation no action answers; one that actions answer comes back as
	 * the page naming them (409), as does one changed since the page was shown.
	 */
	@PostMapping("/plans/{planId}/recommendations/{recommendationId}/remove")
	String remove(@PathVariable long planId, @PathVariable long recommendationId,
			@RequestParam(required = false) String version, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecommendationEditing editing = this.recommendations.editing(planId, recommendationId, who);
		RecommendationForm shown = new RecommendationForm();
		shown.setVersion(version);
		List<ActionListing> answeredBy;
		try {
			answeredBy = this.recommendations.remove(planId, recommendationId, shown.versionShown(), who);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("editing", editing);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return REMOVE;
		}
		if (!answeredBy.isEmpty()) {
			model.addAttribute("editing", editing);
			model.addAttribute("refused", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return REMOVE;
		}
		RecommendationEditing.Stored removed = editing.recommendation();
		redirect.addFlashAttribute("removed", new Change(removed.source(), removed.number(), removed.text()));
		return "redirect:/plans/" + planId + "/recommendations";
	}

	private static RecommendationForm formShowing(RecommendationEditing.Stored stored) {
		RecommendationForm form = new RecommendationForm();
		form.setSource(stored.source());
		form.setNumber(String.valueOf(stored.number()));
		form.setText(stored.text());
		form.setVersion(String.valueOf(stored.version()));
		return form;
	}

	private static void rejectDuplicate(BindingResult result, Change change) {
		result.rejectValue("number", "recommendations.number.duplicate",
				new Object[] { change.source(), change.number() }, null);
	}

}
