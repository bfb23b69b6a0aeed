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
import org.waymark.action.ActionPlanRuleException;
import org.waymark.action.ActionPlanService;
import org.waymark.action.ActionPlanService.NewPlanChoices;
import org.waymark.action.ActionPlanService.PlanHeader;
import org.waymark.plan.FinancialYear;

/**
 * A programme's action plans: the list, creating one, a plan's page and printable view,
 * its header, and rolling it forward into the next year.
 */
@Controller
class ActionPlanController {

	static final String SAVED = "saved";

	private final ActionPlanService plans;

	ActionPlanController(ActionPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/programmes/{programmeId}/action-plans")
	String list(@PathVariable long programmeId, Authentication who, Model model) {
		model.addAttribute("page", this.plans.plansOf(programmeId, who));
		return "action/plan/list";
	}

	@GetMapping("/programmes/{programmeId}/action-plans/new")
	String newPlan(@PathVariable long programmeId, Authentication who, Model model) {
		NewPlanChoices choices = this.plans.newPlanChoices(programmeId, who);
		ActionPlanForm form = new ActionPlanForm();
		if (!choices.years().isEmpty()) {
			form.setYear(choices.years().get(0).startYear());
			form.setTitle(choices.defaultTitle(choices.years().get(0)));
		}
		model.addAttribute("choices", choices);
		model.addAttribute("actionPlanForm", form);
		return "action/plan/new";
	}

	@PostMapping("/programmes/{programmeId}/action-plans/new")
	String create(@PathVariable long programmeId, @Valid @ModelAttribute ActionPlanForm actionPlanForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect) {
		NewPlanChoices choices = this.plans.newPlanChoices(programmeId, who);
		if (actionPlanForm.getYear() == null
				|| choices.years().stream().noneMatch((year) -> year.startYear() == actionPlanForm.getYear())) {
			result.rejectValue("year", "actionPlan.new.chooseYear");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.plans.create(programmeId, new FinancialYear(actionPlanForm.getYear()),
						actionPlanForm.details(), who);
				redirect.addFlashAttribute(SAVED, "actionPlan.banner.created");
				return "redirect:/action-plans/" + id;
			}
			catch (ActionPlanRuleException ex) {
				result.rejectValue("year", ex.getMessageKey());
			}
		}
		model.addAttribute("choices", choices);
		return "action/plan/new";
	}

	@GetMapping("/action-plans/{id}")
	String show(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("plan", this.plans.view(id, who));
		return "action/plan/show";
	}

	@GetMapping("/action-plans/{id}/print")
	String print(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("plan", this.plans.view(id, who));
		return "action/plan/print";
	}

	@GetMapping("/action-plans/{id}/details")
	String details(@PathVariable long id, Authentication who, Model model) {
		PlanHeader header = this.plans.header(id, who);
		model.addAttribute("header", header);
		model.addAttribute("actionPlanForm", ActionPlanForm.of(header.details(), header.version()));
		return "action/plan/details";
	}

	@PostMapping("/action-plans/{id}/details")
	String saveDetails(@PathVariable long id, @Valid @ModelAttribute ActionPlanForm actionPlanForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PlanHeader header = this.plans.header(id, who);
		if (!result.hasErrors()) {
			try {
				this.plans.saveDetails(id, actionPlanForm.getVersion(), actionPlanForm.details(), who);
				redirect.addFlashAttribute(SAVED, "actionPlan.banner.detailsSaved");
				return "redirect:/action-plans/" + id;
			}
			catch (ActionPlanConflictException | ObjectOptimisticLockingFailureException ex) {
				// Saving again replaces the other change knowingly.
				actionPlanForm.setVersion(header.version());
				result.reject("actionPlan.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		model.addAttribute("header", header);
		return "action/plan/details";
	}

	@GetMapping("/action-plans/{id}/roll-forward")
	String rollForward(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("preview", this.plans.rollForwardPreview(id, who));
		return "action/plan/roll-forward";
	}

	@PostMapping("/action-plans/{id}/roll-forward")
	String rollForward(@PathVariable long id, @RequestParam long version, Authentication who,
			RedirectAttributes redirect) {
		long next = this.plans.rollForward(id, version, who);
		redirect.addFlashAttribute(SAVED, "actionPlan.banner.rolledForward");
		return "redirect:/action-plans/" + next;
	}

}
