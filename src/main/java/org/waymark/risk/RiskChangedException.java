package org.waymark.risk;

/**
 * A change to a risk or its mitigations made from a form that showed an older version of
 * it: someone else saved the risk in between, and saving would overwrite what they did.
 */
public class RiskChangedException extends RuntimeException {

	public RiskChangedException(long riskId) {
		super("Risk " + riskId + " was changed by someone else");
	}

}
