package org.waymark.report;

import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskScore;

/**
 * A risk from the programme's register as a highlight report names it: what the report
 * said about the risk when it was last saved, not what the register says now.
 *
 * @param reference the register's reference, or null when it has none
 * @param score null when the risk was not scored
 * @param band the band of that score under the installation's thresholds, null when not
 * scored
 */
public record PickedRisk(long riskId, String reference, String title, RiskScore score, RiskBand band) {

	public boolean isScored() {
		return this.score != null;
	}

}
