package org.waymark.risk;

/**
 * How a risk's score moved at its latest assessment, said in words with an arrow that
 * only repeats them ("↓ Down from 20").
 */
public enum RiskMovement {

	/** The latest assessment scored it higher than the one before. */
	UP("\u2191"),

	/** The latest assessment scored it lower than the one before. */
	DOWN("\u2193"),

	/** The latest assessment gave the same score as the one before. */
	UNCHANGED("\u2192"),

	/** It has been assessed once, so there is nothing to compare with. */
	FIRST_ASSESSMENT("");

	private final String arrow;

	RiskMovement(String arrow) {
		this.arrow = arrow;
	}

	/**
	 * The movement from the previous score to the current one, or null while the risk is
	 * unscored.
	 * @param score the current score, or null
	 * @param previous the score at the assessment before, or null when there was none
	 */
	public static RiskMovement of(RiskScore score, RiskScore previous) {
		if (score == null) {
			return null;
		}
		if (previous == null) {
			return FIRST_ASSESSMENT;
		}
		int change = Integer.compare(score.value(), previous.value());
		return (change > 0) ? UP : (change < 0) ? DOWN : UNCHANGED;
	}

	/** The message, which takes the previous score's value as its argument. */
	public String messageKey() {
		return "risk.movement." + name();
	}

	/** An arrow for sighted readers; the words carry the meaning. */
	public String arrow() {
		return this.arrow;
	}

}
