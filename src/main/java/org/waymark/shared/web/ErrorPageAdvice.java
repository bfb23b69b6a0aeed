package org.waymark.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.shared.NotFoundException;

/**
 * Renders the 404, 403 and 400 pages straight from the handler that refused, so the
 * answer is the same page (never a stack trace) whether or not the servlet container's
 * error dispatch runs. Denials by the security filters themselves reach the same
 * templates through Boot's error page.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A value that is not of its parameter's type: {@code /reports/abc} names no page,
	 * and {@code /?period=abc} is a request the page cannot make sense of.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}
