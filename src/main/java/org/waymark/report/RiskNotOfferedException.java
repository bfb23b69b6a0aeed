package org.waymark.report;

import java.util.List;

/**
 * A save of the risks section named a risk the section does not offer: another
 * programme's, one closed before the report named it, or no risk at all. Nothing is
 * saved; the form says so beside the list of risks.
 */
public class RiskNotOfferedException extends RuntimeException {

	private final List<Long> riskIds;

	public RiskNotOfferedException(long reportId, List<Long> riskIds) {
		super("Report " + reportId + " cannot name risks " + riskIds);
		this.riskIds = List.copyOf(riskIds);
	}

	public List<Long> getRiskIds() {
		return this.riskIds;
	}

}
