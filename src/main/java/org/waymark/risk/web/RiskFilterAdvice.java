package org.waymark.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.risk.UnknownRiskFilterException;

import java.util.Map;

/**
 * The register, the heat map and the attention list read the same filters and answer a
 * value they do not understand the same way: 400, with a page that says which value it
 * was and links to the page without filters, rather than a quietly different set of risks
 * than the one asked for.
 */
@ControllerAdvice(assignableTypes = { RiskRegisterController.class, RiskHeatMapController.class })
class RiskFilterAdvice {

	@ExceptionHandler(UnknownRiskFilterException.class)
	ModelAndView unknownFilter(UnknownRiskFilterException ex, HttpServletRequest request) {
		return new ModelAndView("risk/unknown-filter", Map.of("messageKey", "riskFilter.unknown." + ex.getParameter(),
				"value", ex.getValue(), "unfiltered", request.getRequestURI()), HttpStatus.BAD_REQUEST);
	}

}
