package org.waymark.scrutiny;

/**
 * The committee's key for its outcome tracker: completed (will be removed from the
 * tracker for the next meeting), pending (action on-going or plans in place), incomplete
 * (no action in place at least three months after it was agreed).
 */
public enum OutcomeStatus {

	COMPLETED, PENDING, INCOMPLETE;

	public String messageKey() {
		return "outcome.status." + name();
	}

}
