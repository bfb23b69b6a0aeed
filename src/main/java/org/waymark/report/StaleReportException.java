package org.waymark.report;

/**
 * A change asked for from a page that showed an older version of the report: someone else
 * has saved, submitted, returned or published it since.
 */
public class StaleReportException extends RuntimeException {

	private final long reportId;

	public StaleReportException(long reportId) {
		super("Highlight report " + reportId + " has changed since the page was opened");
		this.reportId = reportId;
	}

	public long getReportId() {
		return this.reportId;
	}

}
