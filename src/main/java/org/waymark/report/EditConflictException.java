package org.waymark.report;

/**
 * A save refused because someone else changed the same part of the report after the form
 * was opened. The page shows what is stored now beside what was typed, so nothing is
 * lost.
 */
public class EditConflictException extends RuntimeException {

	private final long reportId;

	public EditConflictException(long reportId) {
		super("Part of highlight report " + reportId + " was changed by someone else");
		this.reportId = reportId;
	}

	public long getReportId() {
		return this.reportId;
	}

}
