package org.waymark.report;

import org.waymark.user.AccessPolicy.Visibility;

/**
 * Where a highlight report is in its workflow: draft → submitted → published, with
 * "returned for changes" sending it back to the lead as an editable draft with a comment.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED;

	public boolean editableByLead() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Who may read a report in this state: a returned report is a draft again as far as
	 * readers go.
	 */
	public Visibility visibility() {
		return switch (this) {
			case DRAFT, RETURNED -> Visibility.DRAFT;
			case SUBMITTED -> Visibility.SUBMITTED;
			case PUBLISHED -> Visibility.PUBLISHED;
		};
	}

	public String messageKey() {
		return "report.state." + name();
	}

	public String tagClass() {
		return switch (this) {
			case DRAFT -> "govuk-tag--grey";
			case SUBMITTED -> "govuk-tag--blue";
			case RETURNED -> "govuk-tag--orange";
			case PUBLISHED -> "govuk-tag--green";
		};
	}

}
