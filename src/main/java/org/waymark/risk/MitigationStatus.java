package org.waymark.risk;

/** Progress of one mitigating action against a risk. */
public enum MitigationStatus {

	PLANNED, IN_PROGRESS, COMPLETE;

	public String messageKey() {
		return "mitigation.status." + name();
	}

}
