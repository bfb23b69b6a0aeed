package org.waymark.risk;

/**
 * Re-scoring a closed risk: a closed risk is kept for its history and is re-opened before
 * it is scored again.
 */
public class RiskClosedException extends RuntimeException {

	public RiskClosedException(long riskId) {
		super("Risk " + riskId + " is closed");
	}

}
