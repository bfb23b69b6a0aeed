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
import org.waymark.plan.PlanAdministration;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.PlanRuleException;
import org.waymark.plan.PlanStatus;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.UserQueries;

import java.util.Set;

/**
 * Plans for the business manager: the list, creating a plan, its set-up task list,
 * changing its details, making it active and closing it. Admins only; a change made from
 * a page that showed an older status is refused with 409.
 */
@Controller
class PlanAdminController {

	static final String BANNER = "planBanner";

	private final AccessPolicy access;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final PlanAdministration administration;

	private final UserQueries users;

	PlanAdminController(AccessPolicy access, PlanQueries plans, ProgrammeQueries programmes,
			PlanAdministration administration, UserQueries users) {
		this.access = access;
		this.plans = plans;
		this.programmes = programmes;
		this.administration = administration;
		this.users = users;
	}

	@GetMapping("/admin/plans")
	String list(Authentication who, Model model) {
		requireAdmin(who);
		model.addAttribute("plans", this.plans.plans());
		return "admin/plans";
	}

	@GetMapping("/admin/plans/new")
	String newPlan(Authentication who, Model model) {
		requireAdmin(who);
		model.addAttribute("planForm", new PlanForm());
		return "admin/plan-form";
	}

	@PostMapping("/admin/plans/new")
	String create(@ModelAttribute PlanForm planForm, BindingResult errors, Authentication who,
			RedirectAttributes redirect) {
		requireAdmin(who);
		planForm.validate(errors);
		if (errors.hasErrors()) {
			return "admin/plan-form";
		}
		try {
			Plan plan = this.administration.create(planForm.details());
			redirect.addFlashAttribute(BANNER, "planBanner.created");
			return "redirect:/admin/plans/" + plan.getId();
		}
		catch (PlanRuleException ex) {
			errors.rejectValue("shortName", ex.messageKey());
			return "admin/plan-form";
		}
	}

	@GetMapping("/admin/plans/{planId}")
	String setUp(@PathVariable long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		var programmes = this.programmes.programmesOf(planId);
		var periods = this.plans.periodsOf(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("programmeCount", programmes.stream().filter((p) -> !p.isRetired()).count());
		model.addAttribute("quarterCount", periods.size());
		Set<Long> led = this.users.programmesWithLeads(programmes.stream().map(ImprovementProgramme::getId).toList());
		model.addAttribute("setup", PlanSetup.of(plan, programmes, periods, (p) -> led.contains(p.getId())));
		return "admin/plan";
	}

	@GetMapping("/admin/plans/{planId}/details")
	String details(@PathVariable long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("planForm", PlanForm.of(plan));
		return "admin/plan-form";
	}

	@PostMapping("/admin/plans/{planId}/details")
	String saveDetails(@PathVariable long planId, @ModelAttribute PlanForm planForm, BindingResult errors,
			Authentication who, Model model, RedirectAttributes redirect) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		model.addAttribute("plan", plan);
		planForm.validate(errors);
		if (errors.hasErrors()) {
			return "admin/plan-form";
		}
		try {
			this.administration.update(planId, planForm.details());
		}
		catch (PlanRuleException ex) {
			errors.rejectValue(ex.messageKey().startsWith("planForm.years") ? "lastYear" : "shortName",
					ex.messageKey());
			return "admin/plan-form";
		}
		redirect.addFlashAttribute(BANNER, "planBanner.saved");
		return "redirect:/admin/plans/" + planId;
	}

	@GetMapping("/admin/plans/{planId}/activate")
	String confirmActivate(@PathVariable long planId, Authentication who, Model model) {
		return confirm(planId, who, model, "activate");
	}

	@PostMapping("/admin/plans/{planId}/activate")
	String activate(@PathVariable long planId, @RequestParam(name = "shown", required = false) String shown,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(who, planId);
		try {
			this.administration.activate(planId, status(shown));
		}
		catch (PlanRuleException ex) {
			return stale(planId, model, response, "activate");
		}
		redirect.addFlashAttribute(BANNER, "planBanner.activated");
		return "redirect:/admin/plans/" + planId;
	}

	@GetMapping("/admin/plans/{planId}/close")
	String confirmClose(@PathVariable long planId, Authentication who, Model model) {
		return confirm(planId, who, model, "close");
	}

	@PostMapping("/admin/plans/{planId}/close")
	String close(@PathVariable long planId, @RequestParam(name = "shown", required = false) String shown,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(who, planId);
		try {
			this.administration.close(planId, status(shown));
		}
		catch (PlanRuleException ex) {
			return stale(planId, model, response, "close");
		}
		redirect.addFlashAttribute(BANNER, "planBanner.closed");
		return "redirect:/admin/plans/" + planId;
	}

	private String confirm(long planId, Authentication who, Model model, String action) {
		requireAdmin(who, planId);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("closing", "close".equals(action));
		return "admin/plan-status";
	}

	/** The confirmation page again, saying the plan has changed since it was shown. */
	private String stale(long planId, Model model, HttpServletResponse response, String action) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("closing", "close".equals(action));
		model.addAttribute("stale", true);
		return "admin/plan-status";
	}

	private static PlanStatus status(String shown) {
		for (PlanStatus status : PlanStatus.values()) {
			if (status.name().equals(shown)) {
				return status;
			}
		}
		return null;
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
			throw new AccessDeniedException("Only admins set up plans");
		}
	}

}
