package org.waymark.plan;

/** Whether leads can send returns for a quarter yet, still, or no longer. */
public enum ReportingPeriodState {

	UPCOMING, OPEN, CLOSED;

	public String messageKey() {
		return "period.state." + name();
	}

}
