package org.waymark.report;

/**
 * Where a programme's row in a drafted executive summary came from: its submitted or
 * published report, the exemption agreed for the quarter, or nothing received.
 */
public enum SummaryReturn {

	REPORTED("govuk-tag--green"), EXEMPT("govuk-tag--grey"), NOT_RECEIVED("govuk-tag--red");

	private final String tagClass;

	SummaryReturn(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "summary.return." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
