package org.waymark.report;

/**
 * An executive summary is drafted (from the quarter's reports, then edited) and
 * published.
 */
public enum ExecutiveSummaryState {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "summary.state." + name();
	}

}
