package org.waymark.risk;

/**
 * The lowest scores of the medium and high risk bands. Organisations set their own risk
 * appetite, so the bands are configurable; the defaults are the documents' 1–6 low, 8–12
 * medium and 15–25 high.
 *
 * @param mediumFrom the lowest score that is medium, at least 2 so that low is never
 * empty
 * @param highFrom the lowest score that is high, above {@code mediumFrom} and at most 25
 */
public record RiskBandThresholds(int mediumFrom, int highFrom) {

	public RiskBandThresholds {
		if (mediumFrom < 2 || mediumFrom >= highFrom || highFrom > RiskScore.MAX_VALUE) {
			throw new IllegalArgumentException("Risk band thresholds must satisfy 2 <= medium from < high from <= "
					+ RiskScore.MAX_VALUE + ", were medium from " + mediumFrom + " and high from " + highFrom);
		}
	}

	public static RiskBandThresholds defaults() {
		return new RiskBandThresholds(8, 15);
	}

	public RiskBand bandOf(int score) {
		if (score < RiskScore.MIN_VALUE || score > RiskScore.MAX_VALUE) {
			throw new IllegalArgumentException("Risk score must be between " + RiskScore.MIN_VALUE + " and "
					+ RiskScore.MAX_VALUE + ", was " + score);
		}
		if (score >= this.highFrom) {
			return RiskBand.HIGH;
		}
		return (score >= this.mediumFrom) ? RiskBand.MEDIUM : RiskBand.LOW;
	}

}
