package org.waymark.report;

/**
 * A change to an executive summary asked for from a page that showed an older version of
 * it (someone else drafted, saved or published it since): refused, answered 409.
 */
public class StaleSummaryException extends RuntimeException {

	public StaleSummaryException(long periodId) {
		super("The executive summary for reporting period " + periodId + " has changed");
	}

}
