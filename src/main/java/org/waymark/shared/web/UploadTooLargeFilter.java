package org.waymark.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import org.waymark.shared.TooLargeUpload;

import java.io.IOException;

/**
 * Turns back an upload too large for the server to receive
 * ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size}) with the
 * form and a clear message, rather than the bare 413 error page Tomcat and Spring give
 * it.
 * <p>
 * The container stops reading such a request part-way, so none of its fields arrive: not
 * the CSRF token, nor the title and summary typed, so the form cannot be shown again with
 * them. This filter runs before the security filters (which would otherwise be the first
 * to read the broken body) and sends the browser back to the form's page ({@code 303},
 * with {@code ?fileTooBig}), which then shows the error on the file field and says the
 * rest must be typed again. That page is asked for like any other, so who may see it is
 * decided as usual; the refused request changes nothing. Every upload form (case studies,
 * spreadsheet imports) is posted to the address of its own page: see
 * {@link TooLargeUpload}.
 * <p>
 * Files over the application's own limit ({@code waymark.uploads.max-file-size}) but
 * within the container's are received whole and refused on the form itself, with
 * everything typed kept: so the container's limit is set well above the application's.
 */
@Component
// After the character-encoding filter (highest precedence), so that the form's fields
// are read as UTF-8; before Spring Security's filters (order -100).
@Order(-101)
class UploadTooLargeFilter extends OncePerRequestFilter {

	// Parses eagerly whatever the application's resolve-lazily setting, so that a size
	// failure shows here. The container keeps the parts it read for the resolver the
	// dispatcher servlet uses later.
	private final StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.resolver.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.resolver.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?" + TooLargeUpload.PARAMETER);
			return;
		}
		catch (MultipartException ex) {
			// A body that is not the multipart form it says it is: nothing a form sends.
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
