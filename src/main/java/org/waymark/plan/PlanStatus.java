package org.waymark.plan;

/** Where a plan is in its life: being drawn up, being delivered, or finished. */
public enum PlanStatus {

	DRAFT, ACTIVE, CLOSED;

	public String messageKey() {
		return "plan.status." + name();
	}

	/** The GOV.UK tag class a plan's status is shown with. */
	public String tagClass() {
		return switch (this) {
			case DRAFT -> "govuk-tag--grey";
			case ACTIVE -> "govuk-tag--green";
			case CLOSED -> "govuk-tag--blue";
		};
	}

}
