package org.waymark.plan;

/** Whether leads can send returns for a quarter yet, still, or no longer. */
public enum ReportingPeriodState {

	UPCOMING, OPEN, CLOSED;

	public String messageKey() {
		return "period.state." + name();
	}

	/** The GOV.UK tag class the state is shown with. */
	public String tagClass() {
		return switch (this) {
			case UPCOMING -> "govuk-tag--grey";
			case OPEN -> "govuk-tag--green";
			case CLOSED -> "govuk-tag--blue";
		};
	}

}
