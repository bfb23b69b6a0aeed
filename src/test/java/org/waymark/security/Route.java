package org.waymark.security;

import java.util.Comparator;
import java.util.Locale;

/**
 * One thing a person can ask the application for: an HTTP method and a path pattern, plus
 * the request parameters a mapping insists on (e.g. {@code action=submit}) when two
 * handlers share a path.
 */
record Route(String method, String pattern, String params) implements Comparable<Route> {

	private static final Comparator<Route> ORDER = Comparator.comparing(Route::pattern)
		.thenComparing(Route::method)
		.thenComparing(Route::params);

	Route {
		method = method.toUpperCase(Locale.ROOT);
		params = (params != null) ? params : "";
	}

	Route(String method, String pattern) {
		this(method, pattern, "");
	}

	/** Whether the route changes things, and so must carry a CSRF token. */
	boolean changesState() {
		return !(this.method.equals("GET") || this.method.equals("HEAD") || this.method.equals("OPTIONS")
				|| this.method.equals("TRACE"));
	}

	@Override
	public int compareTo(Route other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return this.method + " " + this.pattern + (this.params.isEmpty() ? "" : " [" + this.params + "]");
	}

}
