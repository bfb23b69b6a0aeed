package org.waymark.report.web;

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
import org.waymark.report.EditConflictException;
import org.waymark.report.ReportDraftingService;
import org.waymark.report.RiskNotOfferedException;
import org.waymark.report.SectionDraft;
import org.waymark.report.SectionType;
import org.waymark.report.StatusDraft;
import org.waymark.report.SubmissionProblem;
import org.waymark.shared.NotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead writing a highlight report: the task list, section 1 (status) and the narrative
 * sections, and submitting. Each form is saved as a draft whatever it holds; only
 * submitting checks the report is complete.
 * <p>
 * A save refused because someone else changed the same part in the meantime answers 409
 * with the form still holding what was typed and the stored text beside it; the form then
 * carries the stored text's fingerprint, so saving again replaces it knowingly.
 */
@Controller
class ReportWritingController {

	static final String SAVED = "saved";

	private final ReportDraftingService drafting;

	ReportWritingController(ReportDraftingService drafting) {
		this.drafting = drafting;
	}

	/**
	 * The task list. A report nobody may write in any more (submitted or published) is
	 * shown read-only instead.
	 */
	@GetMapping("/reports/{id}/edit")
	String tasks(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("tasks", this.drafting.tasks(id, who));
		return "report/edit/tasks";
	}

	@GetMapping("/reports/{id}/edit/status")
	String status(@PathVariable long id, Authentication who, Model model) {
		StatusDraft draft = this.drafting.statusDraft(id, who);
		StatusForm form = new StatusForm();
		form.setStatus(draft.status());
		form.setReason(draft.reason());
		form.setFingerprint(draft.fingerprint());
		model.addAttribute("draft", draft);
		model.addAttribute("statusForm", form);
		return "report/edit/status";
	}

	@PostMapping("/reports/{id}/edit/status")
	String saveStatus(@PathVariable long id, @Valid @ModelAttribute StatusForm statusForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("draft", this.drafting.statusDraft(id, who));
			return "report/edit/status";
		}
		try {
			this.drafting.saveStatus(id, statusForm.getStatus(), statusForm.getReason(), statusForm.getFingerprint(),
					who);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			StatusDraft stored = this.drafting.statusDraft(id, who);
			statusForm.setFingerprint(stored.fingerprint());
			model.addAttribute("draft", stored);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "report/edit/status";
		}
		redirect.addFlashAttribute(SAVED, "report.task.status");
		return "redirect:/reports/" + id + "/edit";
	}

	@GetMapping("/reports/{id}/edit/sections/{section}")
	String section(@PathVariable long id, @PathVariable String section, Authentication who, Model model) {
		SectionDraft draft = this.drafting.sectionDraft(id, sectionType(section), who);
		SectionForm form = new SectionForm();
		form.setBody(draft.body());
		form.setNilReturn(draft.nilReturn());
		form.setFingerprint(draft.fingerprint());
		if (draft.register() != null) {
			form.setRisks(new ArrayList<>(draft.register().picked()));
		}
		model.addAttribute("draft", draft);
		model.addAttribute("sectionForm", form);
		return "report/edit/section";
	}

	@PostMapping("/reports/{id}/edit/sections/{section}")
	String saveSection(@PathVariable long id, @PathVariable String section,
			@Valid @ModelAttribute SectionForm sectionForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		SectionType type = sectionType(section);
		sectionForm.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("draft", this.drafting.sectionDraft(id, type, who));
			return "report/edit/section";
		}
		try {
			if (type == SectionType.RISKS) {
				this.drafting.saveRisksSection(id, sectionForm.getBody(), sectionForm.isNilReturn(),
						sectionForm.pickedRisks(), sectionForm.getFingerprint(), who);
			}
			else {
				this.drafting.saveSection(id, type, sectionForm.getBody(), sectionForm.isNilReturn(),
						sectionForm.getFingerprint(), who);
			}
		}
		catch (RiskNotOfferedException ex) {
			// Only a forged or stale post gets here: the page offers only these risks.
			result.rejectValue("risks", "report.risks.notOffered");
			model.addAttribute("draft", this.drafting.sectionDraft(id, type, who));
			return "report/edit/section";
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			SectionDraft stored = this.drafting.sectionDraft(id, type, who);
			sectionForm.setFingerprint(stored.fingerprint());
			model.addAttribute("draft", stored);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "report/edit/section";
		}
		redirect.addFlashAttribute(SAVED, type.messageKey());
		return "redirect:/reports/" + id + "/edit";
	}

	/**
	 * Submits a complete report; an incomplete one comes back as the task list with an
	 * error summary linking to each missing part.
	 */
	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, Authentication who, Model model,
			RedirectAttributes redirect) {
		List<SubmissionProblem> problems = this.drafting.submit(id, version, who);
		if (!problems.isEmpty()) {
			model.addAttribute("tasks", this.drafting.tasks(id, who));
			model.addAttribute("problems", problems);
			return "report/edit/tasks";
		}
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/reports/" + id;
	}

	private static SectionType sectionType(String slug) {
		return SectionType.fromSlug(slug).orElseThrow(() -> new NotFoundException("Report section " + slug));
	}

}
