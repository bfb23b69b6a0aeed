package org.waymark.report.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.waymark.action.Brag;
import org.waymark.report.ActionUpdateInput;
import org.waymark.report.ActionUpdatesDraft;
import org.waymark.report.EditConflictException;
import org.waymark.report.ReportActionsService;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The action updates of a report being written: each action of the programme's plan for
 * the year with this quarter's BRAG rating and commentary. Saved as a draft with actions
 * left unrated; a commentary without a rating comes back with an error summary and
 * everything typed kept. A save refused because someone else changed the updates answers
 * 409, with what was typed still in the form and what is saved now beside each action
 * that differs.
 */
@Controller
class ReportActionsController {

	private static final String VIEW = "report/edit/actions";

	private final ReportActionsService actions;

	ReportActionsController(ReportActionsService actions) {
		this.actions = actions;
	}

	@InitBinder("actionUpdatesForm")
	void limitActions(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(ActionUpdatesForm.MAX_ACTIONS);
	}

	@GetMapping("/reports/{id}/edit/actions")
	String actions(@PathVariable long id, Authentication who, Model model) {
		ActionUpdatesDraft draft = this.actions.draft(id, who);
		show(model, draft, ActionUpdatesForm.of(draft));
		return VIEW;
	}

	@PostMapping("/reports/{id}/edit/actions")
	String save(@PathVariable long id, @ModelAttribute ActionUpdatesForm actionUpdatesForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ActionUpdatesDraft draft = this.actions.draft(id, who);
		actionUpdatesForm.fitTo(draft);
		for (ActionUpdatesDraft.ActionRow action : draft.actions()) {
			ActionUpdateInput typed = actionUpdatesForm.getActions().get(action.index()).input();
			for (ActionUpdateInput.Problem problem : typed.problems()) {
				String field = "actions[" + action.index() + "]." + problem.field();
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, problem.messageKey(), new Object[] { action.number(), problem.limit() },
							null);
				}
			}
		}
		if (result.hasErrors()) {
			show(model, draft, actionUpdatesForm);
			return VIEW;
		}
		try {
			this.actions.save(id, actionUpdatesForm.inputs(), actionUpdatesForm.getFingerprint(), who);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Two first saves of the same update at once meet the unique constraint
			// before the version check: the same conflict, seen from the other side.
			ActionUpdatesDraft stored = this.actions.draft(id, who);
			actionUpdatesForm.fitTo(stored);
			actionUpdatesForm.setFingerprint(stored.fingerprint());
			Set<Integer> changed = new HashSet<>();
			String firstChanged = "actions-form";
			for (ActionUpdatesDraft.ActionRow action : stored.actions()) {
				if (actionUpdatesForm.getActions().get(action.index()).differsFrom(action.saved())) {
					firstChanged = changed.isEmpty() ? "action-" + action.id() : firstChanged;
					changed.add(action.index());
				}
			}
			show(model, stored, actionUpdatesForm);
			// The summary links to the first entry that differs from what is saved now.
			model.addAttribute("conflict", firstChanged);
			model.addAttribute("storedShown", changed);
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		redirect.addFlashAttribute(ReportWritingController.SAVED, "report.task.actions");
		return "redirect:/reports/" + id + "/edit";
	}

	/**
	 * A field name no form of this page has, such as an action number beyond any plan:
	 * only a forged request sends one.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String forgedField() {
		return "error/400";
	}

	private static void show(Model model, ActionUpdatesDraft draft, ActionUpdatesForm form) {
		model.addAttribute("draft", draft);
		model.addAttribute("actionUpdatesForm", form);
		model.addAttribute("ratings", List.of(Brag.BLUE, Brag.GREEN, Brag.AMBER, Brag.RED));
	}

}
