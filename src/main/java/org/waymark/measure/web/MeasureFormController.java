package org.waymark.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.measure.MeasureChangedException;
import org.waymark.measure.MeasureEditing;
import org.waymark.measure.MeasureForEditing;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.Polarity;

import java.util.List;

/**
 * Adding a measure to a programme and changing one, for the programme's leads and admins.
 * A form that cannot be saved comes back with an error summary and everything typed; a
 * change made from a form showing an older version of the measure is refused with 409,
 * keeping what was typed and showing what is saved now.
 */
@Controller
class MeasureFormController {

	static final String VIEW = "measure/form";

	/** The flash attribute naming the message of the banner on the measure page. */
	static final String SAVED = "measureSaved";

	private final MeasureEditing editing;

	MeasureFormController(MeasureEditing editing) {
		this.editing = editing;
	}

	@InitBinder("measureForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MeasureForm.MAX_ROWS);
	}

	@GetMapping("/programmes/{programmeId}/measures/new")
	String newMeasure(@PathVariable long programmeId, Authentication who, Model model) {
		show(model, this.editing.forNew(programmeId, who), MeasureForm.blank());
		return VIEW;
	}

	@PostMapping("/programmes/{programmeId}/measures/new")
	String add(@PathVariable long programmeId, @ModelAttribute MeasureForm measureForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect) {
		MeasureForEditing target = this.editing.forNew(programmeId, who);
		measureForm.validate(result);
		if (result.hasErrors()) {
			show(model, target, measureForm);
			return VIEW;
		}
		long id = this.editing.add(programmeId, measureForm.details(), who);
		redirect.addFlashAttribute(SAVED, "measurePage.banner.added");
		return "redirect:/measures/" + id;
	}

	@GetMapping("/measures/{id}/edit")
	String edit(@PathVariable long id, Authentication who, Model model) {
		MeasureForEditing saved = this.editing.forChange(id, who);
		show(model, saved, MeasureForm.of(saved.saved(), saved.version()));
		return VIEW;
	}

	@PostMapping("/measures/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute MeasureForm measureForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeasureForEditing saved = this.editing.forChange(id, who);
		measureForm.validate(result);
		if (result.hasErrors()) {
			show(model, saved, measureForm);
			return VIEW;
		}
		try {
			this.editing.change(id, measureForm.shownVersion(), measureForm.details(), who);
		}
		catch (MeasureChangedException | ObjectOptimisticLockingFailureException ex) {
			MeasureForEditing stored = this.editing.forChange(id, who);
			// Saving again now overwrites what is saved, knowingly: the page shows it.
			measureForm.setVersion(String.valueOf(stored.version()));
			show(model, stored, measureForm);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		redirect.addFlashAttribute(SAVED, "measurePage.banner.changed");
		return "redirect:/measures/" + id;
	}

	/**
	 * A field name no form of this page has, such as a comparator row far beyond any
	 * list: only a forged request sends one.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String forgedField() {
		return "error/400";
	}

	private static void show(Model model, MeasureForEditing editing, MeasureForm form) {
		model.addAttribute("editing", editing);
		model.addAttribute("measureForm", form);
		model.addAttribute("units", List.of(MeasureUnit.values()));
		model.addAttribute("polarities", List.of(Polarity.values()));
		model.addAttribute("savedComparators", (editing.saved() != null) ? editing.saved().comparators().size() : 0);
	}

}
