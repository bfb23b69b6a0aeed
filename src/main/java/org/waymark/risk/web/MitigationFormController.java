package org.waymark.risk.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.waymark.risk.MitigationStatus;
import org.waymark.risk.RiskChangedException;
import org.waymark.risk.RiskEditing;
import org.waymark.risk.RiskForEditing;
import org.waymark.risk.SavedMitigation;

import java.util.List;

/**
 * Adding, changing and removing a risk's mitigations, for whoever may change the risk.
 * Each form carries the version of the risk it showed: a change made from an older
 * version is refused with 409, keeping what was typed and showing what is saved now.
 */
@Controller
class MitigationFormController {

	static final String FORM = "risk/mitigation-form";

	static final String REMOVE = "risk/remove-mitigation";

	private final RiskEditing editing;

	MitigationFormController(RiskEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/risks/{id}/mitigations/new")
	String newMitigation(@PathVariable long id, Authentication who, Model model) {
		RiskForEditing saved = this.editing.forChange(id, who);
		show(model, saved, null, MitigationForm.blank(saved.version()));
		return FORM;
	}

	@PostMapping("/risks/{id}/mitigations/new")
	String add(@PathVariable long id, @ModelAttribute MitigationForm mitigationForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RiskForEditing saved = this.editing.forChange(id, who);
		mitigationForm.validate(result);
		if (result.hasErrors()) {
			show(model, saved, null, mitigationForm);
			return FORM;
		}
		try {
			this.editing.addMitigation(id, mitigationForm.shownVersion(), mitigationForm.details(), who);
		}
		catch (RiskChangedException | ObjectOptimisticLockingFailureException ex) {
			RiskForEditing stored = this.editing.forChange(id, who);
			return conflict(model, response, stored, null, mitigationForm);
		}
		redirect.addFlashAttribute(RiskFormController.SAVED, "risk.banner.mitigationAdded");
		return "redirect:/risks/" + id;
	}

	@GetMapping("/risks/{id}/mitigations/{mitigationId}/edit")
	String edit(@PathVariable long id, @PathVariable long mitigationId, Authentication who, Model model) {
		RiskForEditing saved = this.editing.forMitigation(id, mitigationId, who);
		SavedMitigation mitigation = saved.mitigation(mitigationId).orElseThrow();
		show(model, saved, mitigation, MitigationForm.of(mitigation.details(), saved.version()));
		return FORM;
	}

	@PostMapping("/risks/{id}/mitigations/{mitigationId}/edit")
	String change(@PathVariable long id, @PathVariable long mitigationId, @ModelAttribute MitigationForm mitigationForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RiskForEditing saved = this.editing.forMitigation(id, mitigationId, who);
		mitigationForm.validate(result);
		if (result.hasErrors()) {
			show(model, saved, saved.mitigation(mitigationId).orElseThrow(), mitigationForm);
			return FORM;
		}
		try {
			this.editing.changeMitigation(id, mitigationId, mitigationForm.shownVersion(), mitigationForm.details(),
					who);
		}
		catch (RiskChangedException | ObjectOptimisticLockingFailureException ex) {
			RiskForEditing stored = this.editing.forMitigation(id, mitigationId, who);
			return conflict(model, response, stored, stored.mitigation(mitigationId).orElseThrow(), mitigationForm);
		}
		redirect.addFlashAttribute(RiskFormController.SAVED, "risk.banner.mitigationChanged");
		return "redirect:/risks/" + id;
	}

	@GetMapping("/risks/{id}/mitigations/{mitigationId}/remove")
	String removing(@PathVariable long id, @PathVariable long mitigationId, Authentication who, Model model) {
		RiskForEditing saved = this.editing.forMitigation(id, mitigationId, who);
		showRemove(model, saved, mitigationId, saved.version());
		return REMOVE;
	}

	@PostMapping("/risks/{id}/mitigations/{mitigationId}/remove")
	String remove(@PathVariable long id, @PathVariable long mitigationId,
			@RequestParam(name = "version", required = false) String version, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.editing.forMitigation(id, mitigationId, who);
		MitigationForm shown = new MitigationForm();
		shown.setVersion(version);
		try {
			this.editing.removeMitigation(id, mitigationId, shown.shownVersion(), who);
		}
		catch (RiskChangedException | ObjectOptimisticLockingFailureException ex) {
			RiskForEditing stored = this.editing.forMitigation(id, mitigationId, who);
			showRemove(model, stored, mitigationId, stored.version());
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return REMOVE;
		}
		redirect.addFlashAttribute(RiskFormController.SAVED, "risk.banner.mitigationRemoved");
		return "redirect:/risks/" + id;
	}

	private static String conflict(Model model, HttpServletResponse response, RiskForEditing stored,
			SavedMitigation mitigation, MitigationForm form) {
		// Saving again now overwrites what is saved, knowingly: the page shows it.
		form.setVersion(String.valueOf(stored.version()));
		show(model, stored, mitigation, form);
		model.addAttribute("conflict", true);
		response.setStatus(HttpStatus.CONFLICT.value());
		return FORM;
	}

	private static void show(Model model, RiskForEditing editing, SavedMitigation mitigation, MitigationForm form) {
		model.addAttribute("editing", editing);
		model.addAttribute("mitigation", mitigation);
		model.addAttribute("mitigationForm", form);
		model.addAttribute("statuses", List.of(MitigationStatus.values()));
	}

	private static void showRemove(Model model, RiskForEditing editing, long mitigationId, long version) {
		model.addAttribute("editing", editing);
		model.addAttribute("mitigation", editing.mitigation(mitigationId).orElseThrow());
		model.addAttribute("version", version);
	}

}
