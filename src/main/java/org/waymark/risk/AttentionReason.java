package org.waymark.risk;

/**
 * Why an open risk is on the attention list: the three things executives and scrutiny ask
 * about a register (DESIGN.md, issue 6).
 */
public enum AttentionReason {

	/** Its review date has passed. */
	REVIEW_OVERDUE,

	/** Its latest assessment scored it higher than the one before. */
	SCORE_ROSE,

	/** It is in the high band and none of its mitigations is in progress. */
	HIGH_WITHOUT_MITIGATION_IN_PROGRESS;

	public String messageKey() {
		return "risk.attention." + name();
	}

}
