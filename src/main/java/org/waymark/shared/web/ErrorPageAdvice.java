package org.waymark.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.waymark.shared.NotFoundException;

/**
 * Renders the 404 and 403 pages straight from the handler that refused, so the answer is
 * the same page (never a stack trace) whether or not the servlet container's error
 * dispatch runs. Denials by the security filters themselves reach the same templates
 * through Boot's error page.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}
