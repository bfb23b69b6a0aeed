package org.waymark.risk;

/**
 * A risk's score on two days, as its assessment history records it: what a comparison of
 * two quarters shows of it. Its status is today's, since closing a risk is not dated.
 *
 * @param programmeId null for a plan-wide or corporate risk
 * @param before the score at the end of the earlier day, null when not yet assessed
 * @param bandBefore null when {@code before} is
 * @param after the score at the end of the later day, null when not yet assessed
 * @param bandAfter null when {@code after} is
 */
public record RiskBetween(long id, Long programmeId, String reference, String title, RiskStatus status,
		RiskScore before, RiskBand bandBefore, RiskScore after, RiskBand bandAfter) {

	/**
	 * Whether it was scored on either day: an unscored key risk has nothing to compare.
	 */
	public boolean isScored() {
		return this.before != null || this.after != null;
	}

	/**
	 * How the score moved between the two days: null when unscored on the later day,
	 * {@link RiskMovement#FIRST_ASSESSMENT} when first scored between them.
	 */
	public RiskMovement movement() {
		return RiskMovement.of(this.after, this.before);
	}

}
