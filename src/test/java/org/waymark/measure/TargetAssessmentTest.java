package org.waymark.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.waymark.measure.Polarity.HIGHER_IS_BETTER;
import static org.waymark.measure.Polarity.LOWER_IS_BETTER;
import static org.waymark.measure.Polarity.NEITHER;

class TargetAssessmentTest {

	// Each polarity meets: beyond the target on the better side, exactly on it, on it
	// only
	// at the shown precision, just missing, exactly at the amber limit, just past it (at
	// the shown precision and beyond), and far off.
	@ParameterizedTest(name = "{2}: {0} against a target of {1} at {3} dp is {4}")
	@CsvSource({
			// value, target, polarity, decimal places, expected, amber limit
			"95,     90, HIGHER_IS_BETTER, 0, GREEN, 81", "90,     90, HIGHER_IS_BETTER, 0, GREEN, 81",
			"89.96,  90, HIGHER_IS_BETTER, 1, GREEN, 81", "89.9,   90, HIGHER_IS_BETTER, 1, AMBER, 81",
			"81,     90, HIGHER_IS_BETTER, 0, AMBER, 81", "80.96,  90, HIGHER_IS_BETTER, 1, AMBER, 81",
			"80.9,   90, HIGHER_IS_BETTER, 1, RED,   81", "40,     90, HIGHER_IS_BETTER, 0, RED,   81",
			"11,     12, LOWER_IS_BETTER,  1, GREEN, 13.2", "12,     12, LOWER_IS_BETTER,  1, GREEN, 13.2",
			"12.04,  12, LOWER_IS_BETTER,  1, GREEN, 13.2", "12.1,   12, LOWER_IS_BETTER,  1, AMBER, 13.2",
			"13.2,   12, LOWER_IS_BETTER,  1, AMBER, 13.2", "13.24,  12, LOWER_IS_BETTER,  1, AMBER, 13.2",
			"13.25,  12, LOWER_IS_BETTER,  1, RED,   13.2", "13.32,  12, LOWER_IS_BETTER,  2, RED,   13.2",
			"17.79,  14, LOWER_IS_BETTER,  2, RED,   15.4" })
	void ratesTheFigureAgainstTheTargetByPolarityAtTheShownPrecision(BigDecimal value, BigDecimal target,
			Polarity polarity, int decimalPlaces, TargetRating expected, BigDecimal amberLimit) {
		TargetAssessment assessment = TargetAssessment.of(value, target, polarity, decimalPlaces);
		assertThat(assessment.rating()).isEqualTo(expected);
		assertThat(assessment.amberLimit()).isEqualByComparingTo(amberLimit);
		assertThat(assessment.assessed()).isTrue();
		assertThat(assessment.reason()).isNull();
	}

	@Test
	void amberLimitIsATenthOfTheTargetRoundedToTheShownPrecision() {
		// 12.35 - 1.235 = 11.115, shown as 11.12.
		TargetAssessment assessment = TargetAssessment.of(new BigDecimal("11.12"), new BigDecimal("12.345"),
				HIGHER_IS_BETTER, 2);
		assertThat(assessment.target()).isEqualByComparingTo("12.35");
		assertThat(assessment.amberLimit()).isEqualByComparingTo("11.12");
		assertThat(assessment.rating()).isEqualTo(TargetRating.AMBER);
		assertThat(TargetAssessment.of(new BigDecimal("11.11"), new BigDecimal("12.345"), HIGHER_IS_BETTER, 2).rating())
			.isEqualTo(TargetRating.RED);
	}

	@Test
	void aTargetOfZeroLeavesNoRoomForAmber() {
		assertThat(TargetAssessment.of(BigDecimal.ZERO, BigDecimal.ZERO, LOWER_IS_BETTER, 0).rating())
			.isEqualTo(TargetRating.GREEN);
		assertThat(TargetAssessment.of(BigDecimal.ONE, BigDecimal.ZERO, LOWER_IS_BETTER, 0).rating())
			.isEqualTo(TargetRating.RED);
		assertThat(TargetAssessment.of(new BigDecimal("-1"), BigDecimal.ZERO, HIGHER_IS_BETTER, 0).rating())
			.isEqualTo(TargetRating.RED);
	}

	@Test
	void aNegativeTargetsAmberBandIsATenthOfItsSizeOnTheWorseSide() {
		TargetAssessment assessment = TargetAssessment.of(new BigDecimal("-4.6"), new BigDecimal("-5"), LOWER_IS_BETTER,
				1);
		assertThat(assessment.amberLimit()).isEqualByComparingTo("-4.5");
		assertThat(assessment.rating()).isEqualTo(TargetRating.AMBER);
		assertThat(TargetAssessment.of(new BigDecimal("-4.4"), new BigDecimal("-5"), LOWER_IS_BETTER, 1).rating())
			.isEqualTo(TargetRating.RED);
	}

	@Test
	void isNotAssessedWithoutATargetFigure() {
		TargetAssessment assessment = TargetAssessment.of(BigDecimal.TEN, null, HIGHER_IS_BETTER, 0);
		assertThat(assessment.rating()).isEqualTo(TargetRating.NOT_ASSESSED);
		assertThat(assessment.reason()).isEqualTo(TargetAssessment.Reason.NO_TARGET);
		assertThat(assessment.explanationKey()).isEqualTo("targetAssessment.notAssessed.NO_TARGET");
	}

	@Test
	void isNotAssessedWithoutAFigure() {
		TargetAssessment assessment = TargetAssessment.of(null, BigDecimal.TEN, LOWER_IS_BETTER, 0);
		assertThat(assessment.rating()).isEqualTo(TargetRating.NOT_ASSESSED);
		assertThat(assessment.reason()).isEqualTo(TargetAssessment.Reason.NO_VALUE);
		assertThat(assessment.target()).isEqualByComparingTo("10");
	}

	@Test
	void isNotAssessedWhenNeitherWayIsBetterEvenWithATargetAndAFigure() {
		TargetAssessment assessment = TargetAssessment.of(BigDecimal.ONE, BigDecimal.TEN, NEITHER, 0);
		assertThat(assessment.rating()).isEqualTo(TargetRating.NOT_ASSESSED);
		assertThat(assessment.reason()).isEqualTo(TargetAssessment.Reason.NO_BETTER_DIRECTION);
		assertThat(assessment.explanationKey()).isEqualTo("targetAssessment.notAssessed.NO_BETTER_DIRECTION");
	}

	@ParameterizedTest
	@CsvSource({ "95, HIGHER_IS_BETTER, targetAssessment.GREEN.HIGHER_IS_BETTER",
			"90, HIGHER_IS_BETTER, targetAssessment.GREEN.HIGHER_IS_BETTER.onTarget",
			"85, HIGHER_IS_BETTER, targetAssessment.AMBER.HIGHER_IS_BETTER",
			"50, HIGHER_IS_BETTER, targetAssessment.RED.HIGHER_IS_BETTER",
			"85, LOWER_IS_BETTER, targetAssessment.GREEN.LOWER_IS_BETTER",
			"90, LOWER_IS_BETTER, targetAssessment.GREEN.LOWER_IS_BETTER.onTarget",
			"95, LOWER_IS_BETTER, targetAssessment.AMBER.LOWER_IS_BETTER",
			"150, LOWER_IS_BETTER, targetAssessment.RED.LOWER_IS_BETTER" })
	void explanationNamesTheRatingThePolarityAndWhetherTheFigureIsExactlyOnTarget(BigDecimal value, Polarity polarity,
			String key) {
		assertThat(TargetAssessment.of(value, new BigDecimal("90"), polarity, 0).explanationKey()).isEqualTo(key);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 7 })
	void refusesDecimalPlacesOutsideWhatMeasuresAreShownAt(int decimalPlaces) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TargetAssessment.of(BigDecimal.ONE, BigDecimal.TEN, HIGHER_IS_BETTER, decimalPlaces));
	}

	@Test
	void aReasonIsGivenExactlyWhenNotAssessed() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetAssessment(TargetRating.GREEN,
				TargetAssessment.Reason.NO_TARGET, null, null, null, HIGHER_IS_BETTER));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new TargetAssessment(TargetRating.NOT_ASSESSED, null, null, null, null, HIGHER_IS_BETTER));
	}

}
