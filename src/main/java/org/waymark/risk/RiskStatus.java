package org.waymark.risk;

/** A risk stays on the register while open; closed risks are kept for history. */
public enum RiskStatus {

	OPEN, CLOSED

}
