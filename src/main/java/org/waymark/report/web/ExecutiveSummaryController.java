package org.waymark.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.report.ExecutiveSummaryService;
import org.waymark.report.ExecutiveSummaryService.SummaryPage;
import org.waymark.report.StaleSummaryException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quarter's executive summary: reading it (everyone signed in, the published one), and
 * for the business manager drafting it from the quarter's reports, editing and publishing
 * it. A change from a page that showed an older version answers 409; the edit form then
 * comes back holding what was typed, with what is saved now beside it.
 */
@Controller
class ExecutiveSummaryController {

	private static final String BASE = "/plans/{planId}/quarters/{periodId}/summary";

	private final ExecutiveSummaryService summaries;

	ExecutiveSummaryController(ExecutiveSummaryService summaries) {
		this.summaries = summaries;
	}

	@GetMapping(BASE)
	String show(@PathVariable long planId, @PathVariable long periodId,
			@RequestParam(required = false) Integer revision, Authentication who, Model model) {
		model.addAttribute("page", this.summaries.page(planId, periodId, revision, who));
		return "report/summary/view";
	}

	/** Drafts the summary from the reports, or drafts it again. */
	@PostMapping(BASE + "/generate")
	String generate(@PathVariable long planId, @PathVariable long periodId, @RequestParam int revision,
			@RequestParam long version, Authentication who, RedirectAttributes redirect) {
		try {
			this.summaries.generate(planId, periodId, revision, version, who);
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin started the same revision at the same moment: theirs stands.
			throw new StaleSummaryException(periodId);
		}
		redirect.addFlashAttribute("generated", true);
		return "redirect:" + path(planId, periodId) + "/edit";
	}

	@GetMapping(BASE + "/edit")
	String edit(@PathVariable long planId, @PathVariable long periodId, Authentication who, Model model) {
		Optional<SummaryPage> page = this.summaries.draft(planId, periodId, who);
		if (page.isEmpty()) {
			// Nothing to edit: the summary page offers to draft one.
			return "redirect:" + path(planId, periodId);
		}
		model.addAttribute("page", page.get());
		model.addAttribute("summaryForm", SummaryForm.of(page.get().summary(), page.get().items()));
		return "report/summary/edit";
	}

	@PostMapping(BASE + "/edit")
	String save(@PathVariable long planId, @PathVariable long periodId, @Valid @ModelAttribute SummaryForm summaryForm,
			BindingResult result, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		summaryForm.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("page", draft(planId, periodId, who));
			return "report/summary/edit";
		}
		try {
			this.summaries.save(planId, periodId, summaryForm.getVersion(), summaryForm.toEdit(),
					summaryForm.newItemProgramme(), who);
		}
		catch (StaleSummaryException | ObjectOptimisticLockingFailureException ex) {
			SummaryPage stored = draft(planId, periodId, who);
			summaryForm.setVersion(stored.summary().getVersion());
			model.addAttribute("page", stored);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "report/summary/edit";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + path(planId, periodId) + "/edit";
	}

	@GetMapping(BASE + "/publish")
	String confirmPublish(@PathVariable long planId, @PathVariable long periodId, Authentication who, Model model) {
		Optional<SummaryPage> page = this.summaries.draft(planId, periodId, who);
		if (page.isEmpty()) {
			return "redirect:" + path(planId, periodId);
		}
		model.addAttribute("page", page.get());
		return "report/summary/publish";
	}

	@PostMapping(BASE + "/publish")
	String publish(@PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			Authentication who, Model model, RedirectAttributes redirect) {
		List<String> problems = this.summaries.publish(planId, periodId, version, who);
		if (!problems.isEmpty()) {
			model.addAttribute("page", draft(planId, periodId, who));
			model.addAttribute("problems", problems.stream().map(PublicationProblem::new).toList());
			return "report/summary/publish";
		}
		redirect.addFlashAttribute("published", true);
		return "redirect:" + path(planId, periodId);
	}

	/** A change asked for from a page that showed an older version of the summary. */
	@ExceptionHandler(StaleSummaryException.class)
	ModelAndView stale(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("report/summary/moved-on", HttpStatus.CONFLICT);
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("planId") instanceof String planId
				&& variables.get("periodId") instanceof String periodId) {
			page.addObject("summaryPath", "/plans/" + planId + "/quarters/" + periodId + "/summary");
		}
		return page;
	}

	/**
	 * A part of the summary missing before it can be published: the edit form's field,
	 * and the message saying what to do.
	 */
	record PublicationProblem(String field) {

		public String messageKey() {
			return "summary.publish.missing." + this.field;
		}

	}

	/** The draft a form was posted to; gone (published meanwhile) is a conflict. */
	private SummaryPage draft(long planId, long periodId, Authentication who) {
		return this.summaries.draft(planId, periodId, who).orElseThrow(() -> new StaleSummaryException(periodId));
	}

	private static String path(long planId, long periodId) {
		return "/plans/" + planId + "/quarters/" + periodId + "/summary";
	}

}
