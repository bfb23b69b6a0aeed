package org.waymark.security;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.UriComponentsBuilder;

/** What a person gets when they ask for a route, as a class of answers. */
enum Outcome {

	/**
	 * A page or a redirect (2xx or 3xx), but not a redirect to sign in; or 409, let in
	 * and then refused because of the state of the thing named (the matrix sends stale
	 * versions to the routes that change reports, so that its samples stay as they are).
	 */
	ALLOWED,

	/** Refused: 403, or 404 so as not to say whether the thing exists. */
	DENIED,

	/** Sent to sign in: a 302 to /login. */
	SIGN_IN,

	/** Anything else: a 400, 405, 500… Never expected of a policy. */
	UNEXPECTED;

	/** The class an actual response falls into. */
	static Outcome of(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 302 && isSignInPage(response.getRedirectedUrl())) {
			return SIGN_IN;
		}
		if ((status >= 200 && status < 400) || status == 409) {
			return ALLOWED;
		}
		if (status == 403 || status == 404) {
			return DENIED;
		}
		return UNEXPECTED;
	}

	/**
	 * The bare sign-in page. A redirect to /login?signedOut or /login?error is the answer
	 * to signing out or in, not a request to sign in.
	 */
	private static boolean isSignInPage(String location) {
		if (location == null) {
			return false;
		}
		var uri = UriComponentsBuilder.fromUriString(location).build();
		return "/login".equals(uri.getPath()) && uri.getQuery() == null;
	}

}
