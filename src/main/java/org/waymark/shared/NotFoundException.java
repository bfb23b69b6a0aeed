package org.waymark.shared;

/**
 * Thrown when a page or form names something that does not exist (or that the user may not know
 * exists); answered with the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
