package org.waymark.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where an installation draws its risk bands, e.g.
 * {@code waymark.risk.band.medium-from=8} and {@code waymark.risk.band.high-from=15} (the
 * defaults: 1–6 low, 8–12 medium, 15–25 high).
 */
@ConfigurationProperties("waymark.risk.band")
public record RiskBandSettings(@DefaultValue("8") int mediumFrom, @DefaultValue("15") int highFrom) {

	public RiskBandThresholds thresholds() {
		return new RiskBandThresholds(this.mediumFrom, this.highFrom);
	}

}
