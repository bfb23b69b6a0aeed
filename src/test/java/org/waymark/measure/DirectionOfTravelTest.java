package org.waymark.measure;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.waymark.measure.DirectionOfTravel.DETERIORATED;
import static org.waymark.measure.DirectionOfTravel.IMPROVED;
import static org.waymark.measure.DirectionOfTravel.NOT_COMPARABLE;
import static org.waymark.measure.DirectionOfTravel.SAME;
import static org.waymark.measure.Polarity.HIGHER_IS_BETTER;
import static org.waymark.measure.Polarity.LOWER_IS_BETTER;

class DirectionOfTravelTest {

	// Empty cells are null values; every polarity meets a rise, a fall, an exact tie, a
	// tie
	// only at the displayed precision, and each kind of missing value.
	@ParameterizedTest(name = "{2}: {0} -> {1} at {3} dp is {4}")
	@CsvSource({
			// previous, current, polarity, decimal places, expected
			"50.00, 52.07, HIGHER_IS_BETTER, 2, IMPROVED", "52.07, 50.00, HIGHER_IS_BETTER, 2, DETERIORATED",
			"3.9,   3.9,   HIGHER_IS_BETTER, 1, SAME", "3.86,  3.94,  HIGHER_IS_BETTER, 1, SAME",
			"3.94,  3.86,  HIGHER_IS_BETTER, 1, SAME", "     , 3.9,   HIGHER_IS_BETTER, 1, NOT_COMPARABLE",
			"3.9,   ,      HIGHER_IS_BETTER, 1, NOT_COMPARABLE", "     , ,      HIGHER_IS_BETTER, 1, NOT_COMPARABLE",
			"50.00, 52.07, LOWER_IS_BETTER,  2, DETERIORATED", "52.07, 50.00, LOWER_IS_BETTER,  2, IMPROVED",
			"3.9,   3.9,   LOWER_IS_BETTER,  1, SAME", "3.86,  3.94,  LOWER_IS_BETTER,  1, SAME",
			"3.94,  3.86,  LOWER_IS_BETTER,  1, SAME", "     , 3.9,   LOWER_IS_BETTER,  1, NOT_COMPARABLE",
			"3.9,   ,      LOWER_IS_BETTER,  1, NOT_COMPARABLE", "     , ,      LOWER_IS_BETTER,  1, NOT_COMPARABLE",
			"50.00, 52.07, NEITHER,          2, NOT_COMPARABLE", "52.07, 50.00, NEITHER,          2, NOT_COMPARABLE",
			"3.9,   3.9,   NEITHER,          1, NOT_COMPARABLE", "3.86,  3.94,  NEITHER,          1, NOT_COMPARABLE",
			"     , 3.9,   NEITHER,          1, NOT_COMPARABLE", "3.9,   ,      NEITHER,          1, NOT_COMPARABLE",
			"     , ,      NEITHER,          1, NOT_COMPARABLE" })
	void directionFollowsPolarityAtDisplayedPrecision(BigDecimal previous, BigDecimal current, Polarity polarity,
			int decimalPlaces, DirectionOfTravel expected) {
		assertThat(DirectionOfTravel.between(previous, current, polarity, decimalPlaces, false)).isEqualTo(expected);
	}

	@Test
	void directionIsImprovedWhenLowerIsBetterAndValueFell() {
		// England average infant mortality 3.9 per 1,000; a fall to 3.6 is an
		// improvement.
		assertThat(DirectionOfTravel.between(new BigDecimal("3.9"), new BigDecimal("3.6"), LOWER_IS_BETTER, 1, false))
			.isEqualTo(IMPROVED);
	}

	@ParameterizedTest
	@CsvSource({
			// previous, current, decimal places, expected when higher is better
			"4.4,   4.0,   0, SAME", "4.4,   4.0,   1, DETERIORATED", "90,    90.0,  1, SAME", "90.00, 90,    0, SAME",
			"1.04,  1.05,  1, IMPROVED", "1.0,   1.05,  1, IMPROVED", "1.0,   1.049, 1, SAME",
			"2,     2.5,   0, IMPROVED", "2,     2.49,  0, SAME", "-1.44, -1.45, 1, DETERIORATED",
			"0,     0.0000005, 6, IMPROVED", "0,     0.0000004, 6, SAME", "0.1234564, 0.1234565, 6, IMPROVED" })
	void valuesAreComparedAfterRoundingHalfUpToDisplayedPrecision(BigDecimal previous, BigDecimal current,
			int decimalPlaces, DirectionOfTravel expected) {
		assertThat(DirectionOfTravel.between(previous, current, HIGHER_IS_BETTER, decimalPlaces, false))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Polarity.class)
	void directionIsNotComparableWhenDefinitionChanged(Polarity polarity) {
		assertThat(DirectionOfTravel.between(new BigDecimal("50"), new BigDecimal("60"), polarity, 0, true))
			.isEqualTo(NOT_COMPARABLE);
		assertThat(DirectionOfTravel.between(new BigDecimal("60"), new BigDecimal("50"), polarity, 0, true))
			.isEqualTo(NOT_COMPARABLE);
		assertThat(DirectionOfTravel.between(new BigDecimal("50"), new BigDecimal("50"), polarity, 0, true))
			.isEqualTo(NOT_COMPARABLE);
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 7, Integer.MAX_VALUE })
	void betweenRejectsDecimalPlacesOutsideZeroToSix(int decimalPlaces) {
		assertThatIllegalArgumentException().isThrownBy(
				() -> DirectionOfTravel.between(BigDecimal.ONE, BigDecimal.TEN, HIGHER_IS_BETTER, decimalPlaces, false))
			.withMessageContaining("between 0 and 6");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DirectionOfTravel.between(null, null, HIGHER_IS_BETTER, decimalPlaces, true));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 6 })
	void betweenAcceptsDecimalPlacesAtEitherEndOfRange(int decimalPlaces) {
		assertThat(DirectionOfTravel.between(BigDecimal.ONE, BigDecimal.TEN, HIGHER_IS_BETTER, decimalPlaces, false))
			.isEqualTo(IMPROVED);
	}

	@Test
	void betweenRejectsMissingPolarity() {
		assertThatNullPointerException()
			.isThrownBy(() -> DirectionOfTravel.between(BigDecimal.ONE, BigDecimal.TEN, null, 0, false));
	}

	@ParameterizedTest
	@CsvSource({ "IMPROVED, direction.IMPROVED, govuk-tag--green", "SAME, direction.SAME, govuk-tag--grey",
			"DETERIORATED, direction.DETERIORATED, govuk-tag--red",
			"NOT_COMPARABLE, direction.NOT_COMPARABLE, govuk-tag--purple" })
	void presentationUsesMessageKeyAndGovukTagColour(DirectionOfTravel direction, String messageKey, String tagClass) {
		assertThat(direction.messageKey()).isEqualTo(messageKey);
		assertThat(direction.tagClass()).isEqualTo(tagClass);
	}

	@Test
	void everyDirectionHasItsOwnTagColour() {
		assertThat(Arrays.stream(DirectionOfTravel.values()).map(DirectionOfTravel::tagClass)).doesNotHaveDuplicates();
		assertThat(SAME.tagClass()).isNotEqualTo(NOT_COMPARABLE.tagClass());
		assertThat(DETERIORATED.tagClass()).isNotEqualTo(IMPROVED.tagClass());
	}

}
