package org.waymark.risk;

/** A risk stays on the register while open; closed risks are kept for history. */
public enum RiskStatus {

	OPEN, CLOSED;

	public String messageKey() {
		return "risk.status." + name();
	}

	public String tagClass() {
		return (this == OPEN) ? "govuk-tag--blue" : "govuk-tag--grey";
	}

}
