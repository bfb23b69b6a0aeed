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
import org.waymark.action.ActionPlanService.HeadingEditing;
import org.waymark.action.Move;

/** An action plan's numbered objectives and their lettered sub-objectives. */
@Controller
class ObjectiveController {

	private static final String SAVED = ActionPlanController.SAVED;

	private final ActionPlanService plans;

	ObjectiveController(ActionPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/action-plans/{id}/objectives/new")
	String newObjective(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("header", this.plans.header(id, who));
		model.addAttribute("number", this.plans.nextObjectiveNumber(id, who));
		model.addAttribute("headingForm", new HeadingForm());
		return "action/plan/objective";
	}

	@PostMapping("/action-plans/{id}/objectives/new")
	String addObjective(@PathVariable long id, @Valid @ModelAttribute HeadingForm headingForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("header", this.plans.header(id, who));
			model.addAttribute("number", this.plans.nextObjectiveNumber(id, who));
			return "action/plan/objective";
		}
		this.plans.addObjective(id, headingForm.details(), who);
		redirect.addFlashAttribute(SAVED, "objective.banner.added");
		return "redirect:/action-plans/" + id;
	}

	@GetMapping("/action-plans/{id}/objectives/{objectiveId}")
	String objective(@PathVariable long id, @PathVariable long objectiveId, Authentication who, Model model) {
		HeadingEditing editing = this.plans.objective(id, objectiveId, who);
		model.addAttribute("editing", editing);
		model.addAttribute("header", editing.plan());
		model.addAttribute("number", editing.number());
		model.addAttribute("headingForm", HeadingForm.of(editing.details(), editing.version()));
		return "action/plan/objective";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}")
	String saveObjective(@PathVariable long id, @PathVariable long objectiveId,
			@Valid @ModelAttribute HeadingForm headingForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		HeadingEditing editing = this.plans.objective(id, objectiveId, who);
		if (!result.hasErrors()) {
			try {
				this.plans.saveObjective(id, objectiveId, headingForm.getVersion(), headingForm.details(), who);
				redirect.addFlashAttribute(SAVED, "objective.banner.saved");
				return "redirect:/action-plans/" + id;
			}
			catch (ActionPlanConflictException | ObjectOptimisticLockingFailureException ex) {
				headingForm.setVersion(editing.version());
				result.reject("actionPlan.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		model.addAttribute("editing", editing);
		model.addAttribute("header", editing.plan());
		model.addAttribute("number", editing.number());
		return "action/plan/objective";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}/move")
	String moveObjective(@PathVariable long id, @PathVariable long objectiveId, @RequestParam Move direction,
			@RequestParam long version, Authentication who) {
		this.plans.moveObjective(id, objectiveId, version, direction, who);
		return "redirect:/action-plans/" + id + "#objective-" + objectiveId;
	}

	@GetMapping("/action-plans/{id}/objectives/{objectiveId}/remove")
	String removeObjective(@PathVariable long id, @PathVariable long objectiveId, Authentication who, Model model) {
		HeadingEditing editing = this.plans.objective(id, objectiveId, who);
		model.addAttribute("editing", editing);
		return "action/plan/objective-remove";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}/remove")
	String removeObjective(@PathVariable long id, @PathVariable long objectiveId, @RequestParam long version,
			Authentication who, RedirectAttributes redirect) {
		this.plans.removeObjective(id, objectiveId, version, who);
		redirect.addFlashAttribute(SAVED, "objective.banner.removed");
		return "redirect:/action-plans/" + id;
	}

	@GetMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/new")
	String newSubObjective(@PathVariable long id, @PathVariable long objectiveId, Authentication who, Model model) {
		HeadingEditing objective = this.plans.newSubObjective(id, objectiveId, who);
		HeadingForm form = new HeadingForm();
		form.setLetter(objective.details().letter());
		model.addAttribute("objective", objective);
		model.addAttribute("headingForm", form);
		return "action/plan/sub-objective";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/new")
	String addSubObjective(@PathVariable long id, @PathVariable long objectiveId,
			@Valid @ModelAttribute HeadingForm headingForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect) {
		requireLetter(headingForm, result);
		if (result.hasErrors()) {
			model.addAttribute("objective", this.plans.newSubObjective(id, objectiveId, who));
			return "action/plan/sub-objective";
		}
		this.plans.addSubObjective(id, objectiveId, headingForm.details(), who);
		redirect.addFlashAttribute(SAVED, "subObjective.banner.added");
		return "redirect:/action-plans/" + id;
	}

	@GetMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}")
	String subObjective(@PathVariable long id, @PathVariable long objectiveId, @PathVariable long subId,
			Authentication who, Model model) {
		HeadingEditing editing = this.plans.subObjective(id, objectiveId, subId, who);
		model.addAttribute("objective", editing);
		model.addAttribute("editing", editing);
		model.addAttribute("objectiveId", objectiveId);
		model.addAttribute("headingForm", HeadingForm.of(editing.details(), editing.version()));
		return "action/plan/sub-objective";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}")
	String saveSubObjective(@PathVariable long id, @PathVariable long objectiveId, @PathVariable long subId,
			@Valid @ModelAttribute HeadingForm headingForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		HeadingEditing editing = this.plans.subObjective(id, objectiveId, subId, who);
		requireLetter(headingForm, result);
		if (!result.hasErrors()) {
			try {
				this.plans.saveSubObjective(id, objectiveId, subId, headingForm.getVersion(), headingForm.details(),
						who);
				redirect.addFlashAttribute(SAVED, "subObjective.banner.saved");
				return "redirect:/action-plans/" + id;
			}
			catch (ActionPlanConflictException | ObjectOptimisticLockingFailureException ex) {
				headingForm.setVersion(editing.version());
				result.reject("actionPlan.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		model.addAttribute("objective", editing);
		model.addAttribute("editing", editing);
		model.addAttribute("objectiveId", objectiveId);
		return "action/plan/sub-objective";
	}

	@GetMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove")
	String removeSubObjective(@PathVariable long id, @PathVariable long objectiveId, @PathVariable long subId,
			Authentication who, Model model) {
		model.addAttribute("editing", this.plans.subObjective(id, objectiveId, subId, who));
		model.addAttribute("objectiveId", objectiveId);
		return "action/plan/sub-objective-remove";
	}

	@PostMapping("/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove")
	String removeSubObjective(@PathVariable long id, @PathVariable long objectiveId, @PathVariable long subId,
			@RequestParam long version, Authentication who, RedirectAttributes redirect) {
		this.plans.removeSubObjective(id, objectiveId, subId, version, who);
		redirect.addFlashAttribute(SAVED, "subObjective.banner.removed");
		return "redirect:/action-plans/" + id;
	}

	private static void requireLetter(HeadingForm form, BindingResult result) {
		if (form.getLetter() == null || form.getLetter().isBlank()) {
			result.rejectValue("letter", "subObjective.letter.required");
		}
	}

}
