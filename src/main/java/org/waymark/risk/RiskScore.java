package org.waymark.risk;

import java.util.Comparator;
import java.util.Objects;

/**
 * A risk assessment on the 5×5 matrix: likelihood and impact each scored 1 to 5, giving a
 * score of 1 to 25 (ORG0009 "Safeguarding Children" was 4 × 5 = 20 in June 2017).
 * <p>
 * Ordered by score; equal scores are ordered by impact, because a rare catastrophe
 * deserves more attention than a frequent nuisance, which also keeps the ordering
 * consistent with {@code equals}.
 *
 * @param likelihood how likely the risk is, 1 to 5
 * @param impact how severe it would be, 1 to 5
 */
public record RiskScore(int likelihood, int impact) implements Comparable<RiskScore> {

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	public static final int MIN_VALUE = MIN_RATING * MIN_RATING;

	public static final int MAX_VALUE = MAX_RATING * MAX_RATING;

	private static final Comparator<RiskScore> ORDER = Comparator.comparingInt(RiskScore::value)
		.thenComparingInt(RiskScore::impact);

	public RiskScore {
		requireRating("Likelihood", likelihood);
		requireRating("Impact", impact);
	}

	public int value() {
		return this.likelihood * this.impact;
	}

	public RiskBand band(RiskBandThresholds thresholds) {
		Objects.requireNonNull(thresholds, "thresholds");
		return thresholds.bandOf(value());
	}

	@Override
	public int compareTo(RiskScore other) {
		return ORDER.compare(this, other);
	}

	private static void requireRating(String name, int rating) {
		if (rating < MIN_RATING || rating > MAX_RATING) {
			throw new IllegalArgumentException(
					name + " must be between " + MIN_RATING + " and " + MAX_RATING + ", was " + rating);
		}
	}

}
