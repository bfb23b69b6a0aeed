package org.waymark.report.web;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.waymark.report.ReportReviewService;
import org.waymark.report.StaleReportException;
import org.waymark.report.SubmissionProblem;

import java.util.List;

/**
 * The business manager returning a submitted report with a comment, publishing it, and
 * correcting a published report. Every form names the report version it was opened on.
 */
@Controller
class ReportReviewController {

	private final ReportReviewService review;

	ReportReviewController(ReportReviewService review) {
		this.review = review;
	}

	@GetMapping("/reports/{id}/return")
	String returnForm(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("report", this.review.reviewed(id, who));
		model.addAttribute("reviewForm", new ReviewForm());
		return "report/review/return";
	}

	@PostMapping("/reports/{id}/return")
	String returnForChanges(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute ReviewForm reviewForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("report", this.review.reviewed(id, who));
			return "report/review/return";
		}
		this.review.returnForChanges(id, version, reviewForm.getComment(), who);
		redirect.addFlashAttribute("returned", true);
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, Authentication who, RedirectAttributes redirect) {
		List<SubmissionProblem> problems = this.review.publish(id, version, who);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", problems);
			return "redirect:/reports/" + id + "/edit";
		}
		redirect.addFlashAttribute("published", true);
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/{id}/correct")
	String correctionForm(@PathVariable long id, Authentication who, Model model) {
		model.addAttribute("report", this.review.reviewed(id, who));
		model.addAttribute("correctionForm", new ReviewForm());
		return "report/review/correct";
	}

	@PostMapping("/reports/{id}/correct")
	String correct(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("correctionForm") ReviewForm correctionForm, BindingResult result,
			Authentication who, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("report", this.review.reviewed(id, who));
			return "report/review/correct";
		}
		try {
			return "redirect:/reports/" + this.review.startCorrection(id, version, correctionForm.getComment(), who)
					+ "/edit";
		}
		catch (DataIntegrityViolationException ex) {
			// Another admin started the same correction at the same moment: the revision
			// number is taken, so theirs stands and this one is told the report moved on.
			throw new StaleReportException(id);
		}
	}

}
