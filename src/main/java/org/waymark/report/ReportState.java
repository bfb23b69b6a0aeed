package org.waymark.report;

/**
 * Where a highlight report is in its workflow: draft → submitted → published, with "returned for
 * changes" sending it back to the lead as an editable draft with a comment.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED;

	public boolean editableByLead() {
		return this == DRAFT || this == RETURNED;
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
