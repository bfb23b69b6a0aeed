package org.waymark.shared;

/**
 * How an upload too large for the server to receive comes back to its form: the browser
 * is sent to the form's own page with this query parameter, and the page shows the error
 * on its file field. Every upload form is posted to the address of the page that shows
 * it, so that address is where it is sent back.
 */
public final class TooLargeUpload {

	/** The query parameter, without a value: {@code ?fileTooBig}. */
	public static final String PARAMETER = "fileTooBig";

	private TooLargeUpload() {
	}

}
