package org.waymark.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeAdministration;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.programme.ProgrammeRuleException;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

/**
 * A plan's programmes (or whatever the plan calls them) for the business manager: the
 * list, adding one, changing and renumbering one, retiring one and putting it back.
 * Admins only.
 */
@Controller
class ProgrammeAdminController {

	private static final String FORM = "admin/programme-form";

	private final AccessPolicy access;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ProgrammeAdministration administration;

	ProgrammeAdminController(AccessPolicy access, PlanQueries plans, ProgrammeQueries programmes,
			ProgrammeAdministration administration) {
		this.access = access;
		this.plans = plans;
		this.programmes = programmes;
		this.administration = administration;
	}

	@GetMapping("/admin/plans/{planId}/programmes")
	String list(@PathVariable long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("programmes", this.programmes.programmesOf(planId));
		return "admin/programmes";
	}

	@GetMapping("/admin/plans/{planId}/programmes/new")
	String newProgramme(@PathVariable long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		return form(model, plan, null, ProgrammeForm.numbered(this.administration.nextNumber(planId)));
	}

	@PostMapping("/admin/plans/{planId}/programmes/new")
	String add(@PathVariable long planId, @ModelAttribute ProgrammeForm programmeForm, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		programmeForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				ImprovementProgramme added = this.administration.add(planId, programmeForm.details());
				redirect.addFlashAttribute(PlanAdminController.BANNER, "programmeBanner.added");
				redirect.addFlashAttribute("bannerLabel", plan.programmeLabel(added.getNumber()));
				return "redirect:/admin/plans/" + planId + "/programmes";
			}
			catch (ProgrammeRuleException ex) {
				reject(errors, ex);
			}
		}
		return form(model, plan, null, programmeForm);
	}

	@GetMapping("/admin/plans/{planId}/programmes/{programmeId}")
	String edit(@PathVariable long planId, @PathVariable long programmeId, Authentication who, Model model) {
		requireAdmin(who, planId, programmeId);
		ImprovementProgramme programme = this.administration.programme(planId, programmeId);
		return form(model, programme.getPlan(), programme, ProgrammeForm.of(programme));
	}

	@PostMapping("/admin/plans/{planId}/programmes/{programmeId}")
	String save(@PathVariable long planId, @PathVariable long programmeId, @ModelAttribute ProgrammeForm programmeForm,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
		requireAdmin(who, planId, programmeId);
		ImprovementProgramme programme = this.administration.programme(planId, programmeId);
		programmeForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				ImprovementProgramme saved = this.administration.update(planId, programmeId, programmeForm.details());
				redirect.addFlashAttribute(PlanAdminController.BANNER, "programmeBanner.saved");
				redirect.addFlashAttribute("bannerLabel", programme.getPlan().programmeLabel(saved.getNumber()));
				return "redirect:/admin/plans/" + planId + "/programmes";
			}
			catch (ProgrammeRuleException ex) {
				reject(errors, ex);
			}
		}
		return form(model, programme.getPlan(), programme, programmeForm);
	}

	/**
	 * Retires the programme ({@code retire=true}) or puts it back in use; {@code shown}
	 * is whether the page showed it retired, and a page out of date gets 409.
	 */
	@PostMapping("/admin/plans/{planId}/programmes/{programmeId}/retire")
	String retire(@PathVariable long planId, @PathVariable long programmeId,
			@RequestParam(name = "retire", required = false) String retire,
			@RequestParam(name = "shown", required = false) String shown, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(who, planId, programmeId);
		ImprovementProgramme programme = this.administration.programme(planId, programmeId);
		Boolean shownRetired = "true".equals(shown) ? Boolean.TRUE : ("false".equals(shown) ? Boolean.FALSE : null);
		boolean retiring = "true".equals(retire);
		try {
			this.administration.retire(planId, programmeId, retiring, shownRetired);
		}
		catch (ProgrammeRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return form(model, programme.getPlan(), programme, ProgrammeForm.of(programme));
		}
		redirect.addFlashAttribute(PlanAdminController.BANNER,
				retiring ? "programmeBanner.retired" : "programmeBanner.reinstated");
		redirect.addFlashAttribute("bannerLabel", programme.getPlan().programmeLabel(programme.getNumber()));
		return "redirect:/admin/plans/" + planId + "/programmes";
	}

	private String form(Model model, Plan plan, ImprovementProgramme programme, ProgrammeForm form) {
		model.addAttribute("plan", plan);
		model.addAttribute("programme", programme);
		model.addAttribute("programmeForm", form);
		model.addAttribute("groups", this.administration.groups());
		return FORM;
	}

	private static void reject(BindingResult errors, ProgrammeRuleException ex) {
		errors.rejectValue(ex.messageKey().startsWith("programmeForm.group") ? "deliveryGroup" : "number",
				ex.messageKey());
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
			throw new AccessDeniedException("Only admins set up programmes");
		}
	}

}
