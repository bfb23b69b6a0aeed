package org.waymark.risk;

import org.springframework.stereotype.Component;

/**
 * The installation's risk bands ({@link RiskBandSettings}), for the pages and services
 * that band a score.
 */
@Component
public class RiskBands {

	private final RiskBandThresholds thresholds;

	RiskBands(RiskBandSettings settings) {
		this.thresholds = settings.thresholds();
	}

	public RiskBandThresholds thresholds() {
		return this.thresholds;
	}

	public RiskBand bandOf(RiskScore score) {
		return score.band(this.thresholds);
	}

}
