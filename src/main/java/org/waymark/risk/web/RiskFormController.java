package org.waymark.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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
import org.waymark.risk.NewRiskChoices;
import org.waymark.risk.Rescoring;
import org.waymark.risk.RiskChangedException;
import org.waymark.risk.RiskClosedException;
import org.waymark.risk.RiskEditing;
import org.waymark.risk.RiskForEditing;
import org.waymark.risk.RiskStatus;
import org.waymark.shared.DisplayDates;

import java.util.List;
import java.util.Locale;

/**
 * Adding a risk to a plan's register, changing its details and status, and re-scoring it:
 * for the programme's leads and admins, and for plan-wide and corporate risks admins
 * only. A form that cannot be saved comes back with an error summary and everything
 * typed; a change made from a form showing an older version of the risk is refused with
 * 409, keeping what was typed and showing what is saved now.
 */
@Controller
class RiskFormController {

	static final String FORM = "risk/form";

	static final String ASSESS = "risk/assess";

	/**
	 * The flash attribute naming the message of the banner on the risk page (shared with
	 * the mitigation forms).
	 */
	static final String SAVED = "riskSaved";

	/**
	 * A flash attribute with the banner's sentence in full, where it needs figures:
	 * "Re-scored: 3 × 5 = 15 (High), down from 20".
	 */
	static final String SAVED_DETAIL = "riskSavedDetail";

	private final RiskEditing editing;

	private final MessageSource messages;

	RiskFormController(RiskEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	@GetMapping("/plans/{planId}/risks/new")
	String newRisk(@PathVariable long planId, @RequestParam(name = "programme", required = false) String programme,
			Authentication who, Model model) {
		NewRiskChoices choices = this.editing.forNew(planId, who);
		RiskForm form = RiskForm.blank(null);
		if (programme != null && (RiskForm.CORPORATE.equals(programme) || programme.matches("\\d{1,18}"))) {
			form.setProgramme(programme);
			this.editing.requireMayAdd(planId, form.programmeId(), who);
		}
		else if (choices.programmes().size() == 1 && !choices.corporateAllowed()) {
			form.setProgramme(String.valueOf(choices.programmes().get(0).id()));
		}
		showNew(model, choices, form);
		return FORM;
	}

	@PostMapping("/plans/{planId}/risks/new")
	String add(@PathVariable long planId, @ModelAttribute RiskForm riskForm, BindingResult result, Authentication who,
			Model model, RedirectAttributes redirect) {
		NewRiskChoices choices = this.editing.forNew(planId, who);
		if (riskForm.hasRegister()) {
			// Checked whatever else is wrong: a forged choice of register is refused.
			this.editing.requireMayAdd(planId, riskForm.programmeId(), who);
		}
		riskForm.validateNew(result);
		if (result.hasErrors()) {
			showNew(model, choices, riskForm);
			return FORM;
		}
		long id = this.editing.add(planId, riskForm.newRisk(), who);
		redirect.addFlashAttribute(SAVED, "risk.banner.added");
		return "redirect:/risks/" + id;
	}

	@GetMapping("/risks/{id}/edit")
	String edit(@PathVariable long id, Authentication who, Model model) {
		RiskForEditing saved = this.editing.forChange(id, who);
		showChange(model, saved, RiskForm.of(saved));
		return FORM;
	}

	@PostMapping("/risks/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute RiskForm riskForm, BindingResult result, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RiskForEditing saved = this.editing.forChange(id, who);
		riskForm.validateChange(result);
		if (result.hasErrors()) {
			showChange(model, saved, riskForm);
			return FORM;
		}
		try {
			this.editing.change(id, riskForm.shownVersion(), riskForm.details(), riskForm.statusChosen(), who);
		}
		catch (RiskChangedException | ObjectOptimisticLockingFailureException ex) {
			RiskForEditing stored = this.editing.forChange(id, who);
			// Saving again now overwrites what is saved, knowingly: the page shows it.
			riskForm.setVersion(String.valueOf(stored.version()));
			showChange(model, stored, riskForm);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return FORM;
		}
		redirect.addFlashAttribute(SAVED, "risk.banner.changed");
		return "redirect:/risks/" + id;
	}

	@GetMapping("/risks/{id}/assess")
	String assessing(@PathVariable long id, Authentication who, Model model) {
		RiskForEditing saved = this.editing.forChange(id, who);
		showAssess(model, saved, AssessmentForm.on(this.editing.today()));
		return ASSESS;
	}

	/**
	 * Re-scores the risk. A closed risk is not re-scored: the page says so, with 409, and
	 * offers to re-open it.
	 */
	@PostMapping("/risks/{id}/assess")
	String assess(@PathVariable long id, @ModelAttribute AssessmentForm assessmentForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		RiskForEditing saved = this.editing.forChange(id, who);
		if (!saved.isOpen()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			showAssess(model, saved, assessmentForm);
			return ASSESS;
		}
		assessmentForm.validate(result, this.editing.today());
		if (result.hasErrors()) {
			showAssess(model, saved, assessmentForm);
			return ASSESS;
		}
		Rescoring rescoring;
		try {
			rescoring = this.editing.assess(id, assessmentForm.date(), assessmentForm.score(),
					assessmentForm.noteOrNull(), who);
		}
		catch (RiskClosedException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			showAssess(model, this.editing.forChange(id, who), assessmentForm);
			model.addAttribute("conflict", true);
			return ASSESS;
		}
		redirect.addFlashAttribute(SAVED, "risk.banner.rescored");
		redirect.addFlashAttribute(SAVED_DETAIL, rescored(rescoring, locale));
		return "redirect:/risks/" + id;
	}

	/** "Re-scored: 3 × 5 = 15 (High), down from 20", and its variations. */
	String rescored(Rescoring rescoring, Locale locale) {
		String band = this.messages.getMessage(rescoring.band().messageKey(), null, locale);
		Object[] args = { rescoring.score().likelihood(), rescoring.score().impact(), rescoring.score().value(), band,
				(rescoring.previous() != null) ? rescoring.previous().value() : null,
				DisplayDates.format(rescoring.assessedOn()) };
		String key;
		if (!rescoring.current()) {
			key = "riskAssess.banner.history";
		}
		else if (rescoring.previous() == null) {
			key = "riskAssess.banner.first";
		}
		else if (rescoring.score().value() < rescoring.previous().value()) {
			key = "riskAssess.banner.down";
		}
		else if (rescoring.score().value() > rescoring.previous().value()) {
			key = "riskAssess.banner.up";
		}
		else {
			key = "riskAssess.banner.same";
		}
		return this.messages.getMessage(key, args, locale);
	}

	private static void showNew(Model model, NewRiskChoices choices, RiskForm form) {
		model.addAttribute("choices", choices);
		model.addAttribute("riskForm", form);
		model.addAttribute("ratings", Rating.CHOICES);
	}

	private static void showChange(Model model, RiskForEditing editing, RiskForm form) {
		model.addAttribute("editing", editing);
		model.addAttribute("riskForm", form);
		model.addAttribute("statuses", List.of(RiskStatus.values()));
		model.addAttribute("savedReviewDate", DisplayDates.format(editing.saved().reviewDate()));
	}

	private static void showAssess(Model model, RiskForEditing editing, AssessmentForm form) {
		model.addAttribute("editing", editing);
		model.addAttribute("assessmentForm", form);
		model.addAttribute("lastAssessedOn", DisplayDates.format(editing.lastAssessedOn()));
		model.addAttribute("ratings", Rating.CHOICES);
	}

}
