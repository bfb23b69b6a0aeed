package org.waymark.report.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.report.ReportWorkflowException;
import org.waymark.report.StaleReportException;

import java.util.Map;

/**
 * Answers a change the report's state no longer allows (writing in a submitted report,
 * publishing one that was returned), one asked for from an out-of-date page, or one that
 * lost a race with another save, with a 409 page that says so and links back to the
 * report as it is now.
 */
@ControllerAdvice(basePackageClasses = ReportWorkflowAdvice.class)
class ReportWorkflowAdvice {

	@ExceptionHandler(StaleReportException.class)
	ModelAndView stale(StaleReportException ex) {
		return page(ex.getReportId(), "report.conflict.stale");
	}

	/**
	 * A change that lost a race with another save of the same report: both read it before
	 * either committed, and this one failed the version check. (The edit forms catch this
	 * themselves, to show both texts.)
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView changedMeanwhile(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		return page(reportId(request), "report.conflict.stale");
	}

	/**
	 * Opening a writing page of a report nobody may write in any more (submitted or
	 * published) shows its read view instead; a change posted to one answers 409.
	 */
	@ExceptionHandler(ReportWorkflowException.class)
	ModelAndView notAllowedNow(ReportWorkflowException ex, HttpServletRequest request) {
		Long reportId = reportId(request);
		if (reportId != null && "GET".equals(request.getMethod())) {
			return new ModelAndView("redirect:/reports/" + reportId);
		}
		return page(reportId, "report.conflict.state");
	}

	private static ModelAndView page(Long reportId, String explanationKey) {
		ModelAndView page = new ModelAndView("report/moved-on", HttpStatus.CONFLICT);
		page.addObject("reportId", reportId);
		page.addObject("explanationKey", explanationKey);
		return page;
	}

	/** The report the request was about, from its address ({@code /reports/{id}/...}). */
	private static Long reportId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id
				&& request.getRequestURI().contains("/reports/")) {
			try {
				return Long.valueOf(id);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
