package org.waymark.report.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.report.EditConflictException;
import org.waymark.report.MeasureRowInput;
import org.waymark.report.MeasuresDraft;
import org.waymark.report.ReportMeasuresService;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The measures table of a report being written: this quarter's value for each measure,
 * the period it describes, its data status and any override of the direction of travel.
 * The table is saved as a draft with rows left blank; a row that cannot be read comes
 * back with an error summary linking to it and everything typed kept. A save refused
 * because someone else changed the table answers 409, with what was typed still in the
 * form and what is saved now shown beside each row that differs.
 */
@Controller
class ReportMeasuresController {

	private static final String VIEW = "report/edit/measures";

	private final ReportMeasuresService measures;

	ReportMeasuresController(ReportMeasuresService measures) {
		this.measures = measures;
	}

	@InitBinder("measuresForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MeasuresForm.MAX_ROWS);
	}

	@GetMapping("/reports/{id}/edit/measures")
	String measures(@PathVariable long id, Authentication who, Model model) {
		MeasuresDraft draft = this.measures.draft(id, who);
		show(model, draft, MeasuresForm.of(draft));
		return VIEW;
	}

	@PostMapping("/reports/{id}/edit/measures")
	String save(@PathVariable long id, @ModelAttribute MeasuresForm measuresForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MeasuresDraft draft = this.measures.draft(id, who);
		measuresForm.fitTo(draft);
		validate(draft, measuresForm, result);
		if (result.hasErrors()) {
			show(model, draft, measuresForm);
			return VIEW;
		}
		try {
			this.measures.save(id, measuresForm.inputs(), measuresForm.getFingerprint(), who);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			MeasuresDraft stored = this.measures.draft(id, who);
			measuresForm.fitTo(stored);
			measuresForm.setFingerprint(stored.fingerprint());
			Set<Integer> changed = new HashSet<>();
			String firstChanged = "measures-form";
			for (MeasuresDraft.Row row : stored.rows()) {
				if (measuresForm.getRows().get(row.index()).differsFrom(row.saved())) {
					firstChanged = changed.isEmpty() ? "row-" + row.id() : firstChanged;
					changed.add(row.index());
				}
			}
			show(model, stored, measuresForm);
			model.addAttribute("conflict", firstChanged);
			model.addAttribute("storedShown", changed);
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		redirect.addFlashAttribute(ReportWritingController.SAVED, "report.task.measures");
		return "redirect:/reports/" + id + "/edit";
	}

	/**
	 * A field name no form of this page has, such as a row number beyond any table: only
	 * a forged request sends one.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String forgedField() {
		return "error/400";
	}

	/** Each row's problems, against its fields, each naming the measure. */
	private static void validate(MeasuresDraft draft, MeasuresForm form, BindingResult result) {
		for (MeasuresDraft.Row row : draft.rows()) {
			MeasureRowInput typed = form.getRows().get(row.index()).input();
			for (MeasureRowInput.Problem problem : typed.problems(row.unit(), row.saved().value())) {
				String field = "rows[" + row.index() + "]." + problem.field();
				if (result.hasFieldErrors(field)) {
					continue;
				}
				result.rejectValue(field, problem.messageKey(),
						new Object[] { row.name(), problem.limit(),
								new DefaultMessageSourceResolvable("measures.edit.example." + row.unit().name()) },
						null);
			}
		}
	}

	private static void show(Model model, MeasuresDraft draft, MeasuresForm form) {
		model.addAttribute("draft", draft);
		model.addAttribute("measuresForm", form);
		model.addAttribute("dataStatuses", List.of(DataStatus.values()));
		model.addAttribute("directions", List.of(DirectionOfTravel.values()));
	}

}
