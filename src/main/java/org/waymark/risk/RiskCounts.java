package org.waymark.risk;

import java.util.Collection;

/**
 * How many risks a register shows, by band: the line an executive reads first ("8 open
 * risks: 1 high, 0 medium, 0 low, 7 not scored").
 */
public record RiskCounts(int total, int high, int medium, int low, int unscored) {

	public static RiskCounts of(Collection<RiskSummary> risks) {
		int high = 0;
		int medium = 0;
		int low = 0;
		int unscored = 0;
		for (RiskSummary risk : risks) {
			if (risk.band() == null) {
				unscored++;
			}
			else {
				switch (risk.band()) {
					case HIGH -> high++;
					case MEDIUM -> medium++;
					case LOW -> low++;
				}
			}
		}
		return new RiskCounts(risks.size(), high, medium, low, unscored);
	}

}
