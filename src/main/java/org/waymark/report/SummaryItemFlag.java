package org.waymark.report;

/**
 * What the last drafting of an executive summary found about a point from a report: new
 * since the draft before, or no longer in the report it came from (kept, never silently
 * dropped, for the business manager to decide).
 */
public enum SummaryItemFlag {

	NEW("govuk-tag--blue"), NO_LONGER_REPORTED("govuk-tag--orange");

	private final String tagClass;

	SummaryItemFlag(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "summary.flag." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
