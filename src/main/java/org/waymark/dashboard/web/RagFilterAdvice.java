package org.waymark.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.dashboard.UnknownRagFilterException;

import java.util.Map;

/**
 * A RAG view filter value that is not a colour or a type is answered 400, with a page
 * that names it and links to the view without filters, rather than a list other than the
 * one asked for (as the risk pages answer theirs).
 */
@ControllerAdvice(assignableTypes = RagViewController.class)
class RagFilterAdvice {

	@ExceptionHandler(UnknownRagFilterException.class)
	ModelAndView unknownFilter(UnknownRagFilterException ex, HttpServletRequest request) {
		return new ModelAndView("dashboard/unknown-filter",
				Map.of("messageKey", "ragFilter.unknown." + ex.getParameter(), "value", ex.getValue(), "unfiltered",
						request.getRequestURI()),
				HttpStatus.BAD_REQUEST);
	}

}
