package org.waymark.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A measure's latest figure read against its target, with what is needed to say why in
 * plain words.
 * <p>
 * The rule (docs/domain-rules.md, "Target RAG"):
 * <ul>
 * <li><b>Green</b>: the figure meets the target or is on the better side of it (at or
 * above it when higher is better, at or below it when lower is better).</li>
 * <li><b>Amber</b>: it misses the target by no more than a tenth of the target: for a
 * target of 90% where higher is better, 81% up to 90%; for a target of 12% where lower is
 * better, over 12% up to 13.2%.</li>
 * <li><b>Red</b>: it misses the target by more than that.</li>
 * <li><b>Not assessed</b>, with the reason: the measure has no target figure, no figure
 * has been published yet, or neither higher nor lower is better.</li>
 * </ul>
 * The figure, the target and the amber limit are compared at the precision the measure is
 * shown at (its decimal places, rounded half up), as the direction of travel is, so a
 * figure that looks equal to the target on the page meets it.
 *
 * @param rating the rating, or {@link TargetRating#NOT_ASSESSED}
 * @param reason why it is not assessed, or null when it is
 * @param value the figure assessed, at the measure's precision; null when not assessed
 * @param target the target at the measure's precision; null when there is none
 * @param amberLimit the furthest from the target a figure may be and still be amber, at
 * the measure's precision; null when not assessed
 * @param polarity which way is better
 */
public record TargetAssessment(TargetRating rating, Reason reason, BigDecimal value, BigDecimal target,
		BigDecimal amberLimit, Polarity polarity) {

	/** The part of the target a figure may miss it by and be amber: a tenth. */
	public static final BigDecimal AMBER_TOLERANCE = new BigDecimal("0.1");

	/** Why a measure is not assessed against its target. */
	public enum Reason {

		/** There is no target, or it is only in words ("All secondary schools"). */
		NO_TARGET,

		/** No figure has been published for the measure. */
		NO_VALUE,

		/** Neither higher nor lower is better, so no figure is on or off track. */
		NO_BETTER_DIRECTION

	}

	public TargetAssessment {
		Objects.requireNonNull(rating, "rating");
		Objects.requireNonNull(polarity, "polarity");
		if ((rating == TargetRating.NOT_ASSESSED) != (reason != null)) {
			throw new IllegalArgumentException("A reason is given exactly when the measure is not assessed");
		}
	}

	/**
	 * Assesses a figure against a target.
	 * @param value the latest figure, or null when there is none
	 * @param target the target figure, or null when there is none
	 * @param polarity which way is better
	 * @param decimalPlaces the precision the measure is shown at, 0 to
	 * {@link DirectionOfTravel#MAX_DECIMAL_PLACES}
	 */
	public static TargetAssessment of(BigDecimal value, BigDecimal target, Polarity polarity, int decimalPlaces) {
		Objects.requireNonNull(polarity, "polarity");
		if (decimalPlaces < 0 || decimalPlaces > DirectionOfTravel.MAX_DECIMAL_PLACES) {
			throw new IllegalArgumentException("Decimal places must be between 0 and "
					+ DirectionOfTravel.MAX_DECIMAL_PLACES + ", was " + decimalPlaces);
		}
		BigDecimal shownTarget = (target != null) ? round(target, decimalPlaces) : null;
		if (polarity == Polarity.NEITHER) {
			return notAssessed(Reason.NO_BETTER_DIRECTION, shownTarget, polarity);
		}
		if (target == null) {
			return notAssessed(Reason.NO_TARGET, null, polarity);
		}
		if (value == null) {
			return notAssessed(Reason.NO_VALUE, shownTarget, polarity);
		}
		BigDecimal shownValue = round(value, decimalPlaces);
		BigDecimal tolerance = shownTarget.abs().multiply(AMBER_TOLERANCE);
		boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
		BigDecimal amberLimit = round(higherIsBetter ? shownTarget.subtract(tolerance) : shownTarget.add(tolerance),
				decimalPlaces);
		// Positive when the figure is on the better side of the bound.
		int againstTarget = higherIsBetter ? shownValue.compareTo(shownTarget) : shownTarget.compareTo(shownValue);
		int againstLimit = higherIsBetter ? shownValue.compareTo(amberLimit) : amberLimit.compareTo(shownValue);
		TargetRating rating = (againstTarget >= 0) ? TargetRating.GREEN
				: (againstLimit >= 0) ? TargetRating.AMBER : TargetRating.RED;
		return new TargetAssessment(rating, null, shownValue, shownTarget, amberLimit, polarity);
	}

	private static TargetAssessment notAssessed(Reason reason, BigDecimal target, Polarity polarity) {
		return new TargetAssessment(TargetRating.NOT_ASSESSED, reason, null, target, null, polarity);
	}

	private static BigDecimal round(BigDecimal number, int decimalPlaces) {
		return number.setScale(decimalPlaces, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	public boolean assessed() {
		return this.rating != TargetRating.NOT_ASSESSED;
	}

	/**
	 * Whether the figure is exactly on the target (as shown), rather than beyond it on
	 * the better side.
	 */
	public boolean onTarget() {
		return assessed() && this.value.compareTo(this.target) == 0;
	}

	/**
	 * The message that explains the rating in a sentence, taking the figure, the target
	 * and the amber limit (each written in the measure's unit) as its arguments:
	 * "targetAssessment.RED.LOWER_IS_BETTER", "targetAssessment.notAssessed.NO_TARGET".
	 */
	public String explanationKey() {
		if (!assessed()) {
			return "targetAssessment.notAssessed." + this.reason.name();
		}
		String key = "targetAssessment." + this.rating.name() + "." + this.polarity.name();
		return onTarget() ? key + ".onTarget" : key;
	}

}
