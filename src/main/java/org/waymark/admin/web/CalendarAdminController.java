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
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A plan's reporting calendar for the business manager: generating its quarters, opening
 * a quarter for returns with a due date (or again after it closed), moving the due date,
 * and closing it. Admins only; a change made from a page that showed an older state is
 * refused with 409.
 */
@Controller
class CalendarAdminController {

	private final AccessPolicy access;

	private final PlanQueries plans;

	private final PlanAdministration administration;

	private final Clock clock;

	CalendarAdminController(AccessPolicy access, PlanQueries plans, PlanAdministration administration, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/admin/plans/{planId}/calendar")
	String calendar(@PathVariable long planId, Authentication who, Model model) {
		requireAdmin(who, planId);
		Plan plan = this.plans.plan(planId);
		var periods = this.plans.periodsOf(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("periods", periods);
		model.addAttribute("missing",
				plan.quartersMissingFrom(periods.stream().map(ReportingPeriod::quarter).toList()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "admin/calendar";
	}

	@PostMapping("/admin/plans/{planId}/calendar/generate")
	String generate(@PathVariable long planId, Authentication who, RedirectAttributes redirect) {
		requireAdmin(who, planId);
		int created = this.administration.generateQuarters(planId);
		redirect.addFlashAttribute(PlanAdminController.BANNER,
				(created == 0) ? "calendarBanner.noneMissing" : "calendarBanner.generated");
		redirect.addFlashAttribute("bannerCount", created);
		return "redirect:/admin/plans/" + planId + "/calendar";
	}

	@GetMapping("/admin/plans/{planId}/quarters/{periodId}/open")
	String confirmOpen(@PathVariable long planId, @PathVariable long periodId, Authentication who, Model model) {
		requireAdmin(who, planId, periodId);
		ReportingPeriod period = period(planId, periodId);
		LocalDate suggested = (period.getState() == ReportingPeriodState.UPCOMING && period.getDueDate() != null)
				? period.getDueDate() : period.quarter().defaultDueDate();
		return dueDatePage(model, period, "open", DueDateForm.of(suggested));
	}

	@PostMapping("/admin/plans/{planId}/quarters/{periodId}/open")
	String open(@PathVariable long planId, @PathVariable long periodId, @ModelAttribute DueDateForm dueDateForm,
			BindingResult errors, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireAdmin(who, planId, periodId);
		ReportingPeriod period = period(planId, periodId);
		dueDateForm.validate(errors);
		if (errors.hasErrors()) {
			return dueDatePage(model, period, "open", dueDateForm);
		}
		try {
			this.administration.openQuarter(planId, periodId, dueDateForm.date());
		}
		catch (PlanRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return dueDatePage(model, period, "open", dueDateForm);
		}
		redirect.addFlashAttribute(PlanAdminController.BANNER, "calendarBanner.opened");
		redirect.addFlashAttribute("bannerLabel", period.label());
		return "redirect:/admin/plans/" + planId + "/calendar";
	}

	@GetMapping("/admin/plans/{planId}/quarters/{periodId}/due-date")
	String dueDate(@PathVariable long planId, @PathVariable long periodId, Authentication who, Model model) {
		requireAdmin(who, planId, periodId);
		ReportingPeriod period = period(planId, periodId);
		return dueDatePage(model, period, "due-date", DueDateForm.of(period.getDueDate()));
	}

	@PostMapping("/admin/plans/{planId}/quarters/{periodId}/due-date")
	String changeDueDate(@PathVariable long planId, @PathVariable long periodId,
			@ModelAttribute DueDateForm dueDateForm, BindingResult errors, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(who, planId, periodId);
		ReportingPeriod period = period(planId, periodId);
		dueDateForm.validate(errors);
		if (errors.hasErrors()) {
			return dueDatePage(model, period, "due-date", dueDateForm);
		}
		try {
			this.administration.changeDueDate(planId, periodId, dueDateForm.date());
		}
		catch (PlanRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return dueDatePage(model, period, "due-date", dueDateForm);
		}
		redirect.addFlashAttribute(PlanAdminController.BANNER, "calendarBanner.dueDateChanged");
		redirect.addFlashAttribute("bannerLabel", period.label());
		return "redirect:/admin/plans/" + planId + "/calendar";
	}

	@GetMapping("/admin/plans/{planId}/quarters/{periodId}/close")
	String confirmClose(@PathVariable long planId, @PathVariable long periodId, Authentication who, Model model) {
		requireAdmin(who, planId, periodId);
		model.addAttribute("period", period(planId, periodId));
		return "admin/quarter-close";
	}

	@PostMapping("/admin/plans/{planId}/quarters/{periodId}/close")
	String close(@PathVariable long planId, @PathVariable long periodId,
			@RequestParam(name = "shown", required = false) String shown, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(who, planId, periodId);
		ReportingPeriod period = period(planId, periodId);
		try {
			this.administration.closeQuarter(planId, periodId,
					ReportingPeriodState.OPEN.name().equals(shown) ? ReportingPeriodState.OPEN : null);
		}
		catch (PlanRuleException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("period", period);
			model.addAttribute("stale", true);
			return "admin/quarter-close";
		}
		redirect.addFlashAttribute(PlanAdminController.BANNER, "calendarBanner.closed");
		redirect.addFlashAttribute("bannerLabel", period.label());
		return "redirect:/admin/plans/" + planId + "/calendar";
	}

	private String dueDatePage(Model model, ReportingPeriod period, String action, DueDateForm form) {
		model.addAttribute("period", period);
		model.addAttribute("opening", "open".equals(action));
		model.addAttribute("dueDateForm", form);
		model.addAttribute("currentDue", DisplayDates.format(period.getDueDate()));
		return "admin/quarter-due";
	}

	private ReportingPeriod period(long planId, long periodId) {
		ReportingPeriod period = this.plans.period(periodId);
		if (period.getPlan().getId() != planId) {
			throw new NotFoundException("Reporting period " + periodId + " of plan " + planId);
		}
		return period;
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
			throw new AccessDeniedException("Only admins keep the reporting calendar");
		}
	}

}
