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
import org.waymark.action.ActionPlanConflictException;
import org.waymark.action.ActionPlanService;
import org.waymark.action.ActionPlanService.ActionEditing;
import org.waymark.action.ActionPlanService.ObjectiveOption;
import org.waymark.action.DeadlineText;
import org.waymark.action.Move;
import org.waymark.shared.NotFoundException;

/**
 * An action plan's actions: adding, changing (including where it sits), moving and
 * removing them.
 */
@Controller
class ActionController {

	private static final String SAVED = ActionPlanController.SAVED;

	private final ActionPlanService plans;

	ActionController(ActionPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/action-plans/{id}/actions/new")
	String newAction(@PathVariable long id, @RequestParam(required = false) Long objective,
			@RequestParam(required = false) Long subObjective, Authentication who, Model model) {
		// A place the plan does not have names no page, whoever asks.
		if ((objective != null || subObjective != null) && !this.plans.hasPlace(id, objective, subObjective, who)) {
			throw new NotFoundException("A place in action plan " + id);
		}
		ActionEditing editing = this.plans.action(id, null, who);
		ActionForm form = new ActionForm();
		if (objective != null) {
			form.setPlace(ActionForm.place(objective, subObjective));
		}
		else if (!editing.objectives().isEmpty()) {
			form.setPlace(ActionForm.place(editing.objectives().get(0).id(), null));
		}
		model.addAttribute("editing", editing);
		model.addAttribute("actionForm", form);
		return "action/plan/action";
	}

	@PostMapping("/action-plans/{id}/actions/new")
	String addAction(@PathVariable long id, @Valid @ModelAttribute ActionForm actionForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect) {
		ActionEditing editing = this.plans.action(id, null, who);
		DeadlineText deadline = check(actionForm, result, editing);
		if (result.hasErrors()) {
			model.addAttribute("editing", editing);
			return "action/plan/action";
		}
		long actionId = this.plans.addAction(id, actionForm.details(deadline), who);
		redirect.addFlashAttribute(SAVED, "action.banner.added");
		return "redirect:/action-plans/" + id + "#action-" + actionId;
	}

	@GetMapping("/action-plans/{id}/actions/{actionId}")
	String action(@PathVariable long id, @PathVariable long actionId, Authentication who, Model model) {
		ActionEditing editing = this.plans.action(id, actionId, who);
		model.addAttribute("editing", editing);
		model.addAttribute("actionForm", ActionForm.of(editing.current(), editing.version()));
		return "action/plan/action";
	}

	@PostMapping("/action-plans/{id}/actions/{actionId}")
	String saveAction(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute ActionForm actionForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ActionEditing editing = this.plans.action(id, actionId, who);
		DeadlineText deadline = check(actionForm, result, editing);
		if (!result.hasErrors()) {
			try {
				this.plans.saveAction(id, actionId, actionForm.getVersion(), actionForm.details(deadline), who);
				redirect.addFlashAttribute(SAVED, "action.banner.saved");
				return "redirect:/action-plans/" + id + "#action-" + actionId;
			}
			catch (ActionPlanConflictException | ObjectOptimisticLockingFailureException ex) {
				actionForm.setVersion(editing.version());
				result.reject("actionPlan.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		model.addAttribute("editing", editing);
		return "action/plan/action";
	}

	@PostMapping("/action-plans/{id}/actions/{actionId}/move")
	String moveAction(@PathVariable long id, @PathVariable long actionId, @RequestParam Move direction,
			@RequestParam long version, Authentication who) {
		this.plans.moveAction(id, actionId, version, direction, who);
		return "redirect:/action-plans/" + id + "#action-" + actionId;
	}

	@GetMapping("/action-plans/{id}/actions/{actionId}/remove")
	String removeAction(@PathVariable long id, @PathVariable long actionId, Authentication who, Model model) {
		ActionEditing editing = this.plans.action(id, actionId, who);
		model.addAttribute("editing", editing);
		model.addAttribute("refusal", editing.removalRefusal());
		return "action/plan/action-remove";
	}

	@PostMapping("/action-plans/{id}/actions/{actionId}/remove")
	String removeAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long version,
			Authentication who, RedirectAttributes redirect) {
		this.plans.removeAction(id, actionId, version, who);
		redirect.addFlashAttribute(SAVED, "action.banner.removed");
		return "redirect:/action-plans/" + id;
	}

	/**
	 * Checks what cannot be checked by annotations: that the place is one of the plan's
	 * objectives or sub-objectives, the rating one of the choices, and the deadline
	 * readable. Answers the deadline as read.
	 */
	private static DeadlineText check(ActionForm form, BindingResult result, ActionEditing editing) {
		Long[] ids = form.placeIds();
		boolean placeKnown = ids != null && editing.objectives()
			.stream()
			.filter((o) -> o.id() == ids[0])
			.anyMatch((ObjectiveOption o) -> ids[1] == null
					|| o.subObjectives().stream().anyMatch((s) -> s.id() == ids[1]));
		if (!placeKnown && !result.hasFieldErrors("place")) {
			result.rejectValue("place", "action.place.unknown");
		}
		if (!form.ratingKnown()) {
			result.rejectValue("rating", "action.rating.unknown");
		}
		DeadlineText deadline = DeadlineText.parse(form.getDeadline());
		if (deadline.hasProblem() && !result.hasFieldErrors("deadline")) {
			result.rejectValue("deadline", "action.deadline.problem", new Object[] { deadline.problem() }, null);
		}
		return deadline;
	}

}
