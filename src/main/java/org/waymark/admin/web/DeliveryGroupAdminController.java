package org.waymark.admin.web;

import org.springframework.security.access.AccessDeniedException;
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
import org.waymark.plan.PlanQueries;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ProgrammeAdministration;
import org.waymark.programme.ProgrammeRuleException;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

/**
 * Delivery groups and their chairs, for the business manager. Groups are not a plan's: a
 * board outlives the plan it was set up for (the next plan's programmes are delivered by
 * the same boards), so every plan chooses from the one list. Reached from a plan's task
 * list with {@code ?plan=} so that the pages lead back to it. Admins only.
 */
@Controller
class DeliveryGroupAdminController {

	private static final String FORM = "admin/group-form";

	private final AccessPolicy access;

	private final ProgrammeAdministration administration;

	private final PlanQueries plans;

	DeliveryGroupAdminController(AccessPolicy access, ProgrammeAdministration administration, PlanQueries plans) {
		this.access = access;
		this.administration = administration;
		this.plans = plans;
	}

	@GetMapping("/admin/delivery-groups")
	String list(@RequestParam(name = "plan", required = false) Long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		backTo(model, planId);
		model.addAttribute("groups", this.administration.groups());
		return "admin/groups";
	}

	@GetMapping("/admin/delivery-groups/new")
	String newGroup(@RequestParam(name = "plan", required = false) Long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		backTo(model, planId);
		model.addAttribute("deliveryGroupForm", new DeliveryGroupForm());
		return FORM;
	}

	@PostMapping("/admin/delivery-groups/new")
	String add(@RequestParam(name = "plan", required = false) Long planId,
			@ModelAttribute DeliveryGroupForm deliveryGroupForm, BindingResult errors, Authentication who, Model model,
			RedirectAttributes redirect) {
		requireAdmin(who, planId);
		backTo(model, planId);
		deliveryGroupForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.administration.addGroup(deliveryGroupForm.nameStripped(), deliveryGroupForm.chairNameOrNull(),
						deliveryGroupForm.chairTitleOrNull());
				redirect.addFlashAttribute(PlanAdminController.BANNER, "groupBanner.added");
				return redirectToList(planId);
			}
			catch (ProgrammeRuleException ex) {
				errors.rejectValue("name", ex.messageKey());
			}
		}
		return FORM;
	}

	@GetMapping("/admin/delivery-groups/{groupId}")
	String edit(@PathVariable long groupId, @RequestParam(name = "plan", required = false) Long planId,
			Authentication who, Model model) {
		requireAdmin(who, groupId, planId);
		DeliveryGroup group = this.administration.group(groupId);
		backTo(model, planId);
		model.addAttribute("group", group);
		model.addAttribute("deliveryGroupForm", DeliveryGroupForm.of(group));
		return FORM;
	}

	@PostMapping("/admin/delivery-groups/{groupId}")
	String save(@PathVariable long groupId, @RequestParam(name = "plan", required = false) Long planId,
			@ModelAttribute DeliveryGroupForm deliveryGroupForm, BindingResult errors, Authentication who, Model model,
			RedirectAttributes redirect) {
		requireAdmin(who, groupId, planId);
		DeliveryGroup group = this.administration.group(groupId);
		backTo(model, planId);
		model.addAttribute("group", group);
		deliveryGroupForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.administration.updateGroup(groupId, deliveryGroupForm.nameStripped(),
						deliveryGroupForm.chairNameOrNull(), deliveryGroupForm.chairTitleOrNull());
				redirect.addFlashAttribute(PlanAdminController.BANNER, "groupBanner.saved");
				return redirectToList(planId);
			}
			catch (ProgrammeRuleException ex) {
				errors.rejectValue("name", ex.messageKey());
			}
		}
		return FORM;
	}

	/** The plan whose task list the pages lead back to, if they were reached from one. */
	private void backTo(Model model, Long planId) {
		model.addAttribute("plan", (planId != null) ? this.plans.plan(planId) : null);
	}

	private static String redirectToList(Long planId) {
		return "redirect:/admin/delivery-groups" + ((planId != null) ? "?plan=" + planId : "");
	}

	/**
	 * Refuses anyone but an admin; an id no record can have (0 or less) is "not found"
	 * for everyone, as a malformed address.
	 */
	private void requireAdmin(Authentication who, Long... ids) {
		for (Long id : ids) {
			if (id != null && id < 1) {
				throw new NotFoundException("No record has id " + id);
			}
		}
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins set up delivery groups");
		}
	}

}
