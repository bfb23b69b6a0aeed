package org.waymark.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Whether a measure got better or worse between its two latest numeric values, judged by
 * its polarity. Computed here, never typed in, so the measures table cannot contradict
 * the figures beside it.
 * <p>
 * Tag colours: green for improved and red for deteriorated, as readers of the reports
 * expect; grey for the same, a real but neutral result; purple for not comparable, so a
 * missing comparison is not mistaken for "no change" and is not confused with blue, which
 * means complete in RAG and BRAG ratings.
 */
public enum DirectionOfTravel {

	IMPROVED("govuk-tag--green"), SAME("govuk-tag--grey"), DETERIORATED("govuk-tag--red"),
	NOT_COMPARABLE("govuk-tag--purple");

	/**
	 * Values are compared at the precision they are displayed at, and nothing in the
	 * documents is shown with more decimal places than this.
	 */
	public static final int MAX_DECIMAL_PLACES = 6;

	private final String tagClass;

	DirectionOfTravel(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "direction." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

	/**
	 * Works out the direction of travel from a previous value to the current one.
	 * @param previous the earlier value, or {@code null} if there is none
	 * @param current the later value, or {@code null} if there is none
	 * @param polarity which way is better
	 * @param decimalPlaces the precision the measure is displayed at, 0 to 6; values that
	 * look equal on the page count as the same
	 * @param definitionChanged whether the measure was defined differently for the two
	 * values
	 * @return the direction of travel
	 */
	public static DirectionOfTravel between(BigDecimal previous, BigDecimal current, Polarity polarity,
			int decimalPlaces, boolean definitionChanged) {
		Objects.requireNonNull(polarity, "polarity");
		if (decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES) {
			throw new IllegalArgumentException(
					"Decimal places must be between 0 and " + MAX_DECIMAL_PLACES + ", was " + decimalPlaces);
		}
		if (previous == null || current == null || polarity == Polarity.NEITHER || definitionChanged) {
			return NOT_COMPARABLE;
		}
		int comparison = current.setScale(decimalPlaces, RoundingMode.HALF_UP)
			.compareTo(previous.setScale(decimalPlaces, RoundingMode.HALF_UP));
		if (comparison == 0) {
			return SAME;
		}
		boolean rose = comparison > 0;
		return (rose == (polarity == Polarity.HIGHER_IS_BETTER)) ? IMPROVED : DETERIORATED;
	}

}
