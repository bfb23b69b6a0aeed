package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.report.MeasureRowInput.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRowInputTest {

	@Test
	void aBlankRowCanBeSavedAsADraft() {
		assertThat(input(null, null, null, null).problems(MeasureUnit.PERCENT, null)).isEmpty();
		assertThat(input("", " ", null, " ").problems(MeasureUnit.PERCENT, null)).isEmpty();
	}

	@Test
	void aFigureOrWordsWithAPeriodAndStatusCanBeSaved() {
		assertThat(input("54.3%", "R12 months ending December 17", null, null).problems(MeasureUnit.PERCENT, null))
			.isEmpty();
		assertThat(new MeasureRowInput("Awaiting updated data", null, DataStatus.AWAITING_DATA, null, null)
			.problems(MeasureUnit.COUNT, null)).isEmpty();
	}

	@Test
	void anOverrideNeedsAReason() {
		assertThat(input("54.3%", null, DirectionOfTravel.NOT_COMPARABLE, null).problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.REASON_MISSING);
		assertThat(input("54.3%", null, DirectionOfTravel.NOT_COMPARABLE, "   ").problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.REASON_MISSING);
		assertThat(input("54.3%", null, DirectionOfTravel.NOT_COMPARABLE, "New assessment")
			.problems(MeasureUnit.PERCENT, null)).isEmpty();
	}

	@Test
	void aReasonNeedsTheOverrideItExplains() {
		assertThat(input("54.3%", null, null, "New assessment").problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.REASON_WITHOUT_OVERRIDE);
	}

	@Test
	void aValueThatLooksLikeAFigureButIsNotOneIsRefused() {
		assertThat(input("54..3", null, null, null).problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.VALUE_NOT_A_NUMBER);
		assertThat(input("1.23456", null, null, null).problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.VALUE_TOO_MANY_DECIMAL_PLACES);
		assertThat(input("1".repeat(16), null, null, null).problems(MeasureUnit.COUNT, null))
			.containsExactly(Problem.VALUE_TOO_LARGE);
	}

	@Test
	void aValueLeftAsItWasSavedIsNotReadAgain() {
		// Saved from the papers with the figure read from it by hand.
		assertThat(input("12/15", null, null, null).problems(MeasureUnit.COUNT, "12/15")).isEmpty();
		assertThat(input(" 12/15 ", null, null, null).problems(MeasureUnit.COUNT, "12/15")).isEmpty();
		assertThat(input("12/16", null, null, null).problems(MeasureUnit.COUNT, "12/15"))
			.containsExactly(Problem.VALUE_NOT_A_NUMBER);
	}

	@Test
	void overLongTextIsRefusedFieldByField() {
		String tooLong = "x".repeat(100_000);
		assertThat(input(tooLong, tooLong, DirectionOfTravel.SAME, tooLong).problems(MeasureUnit.PERCENT, null))
			.containsExactly(Problem.VALUE_TOO_LONG, Problem.PERIOD_TOO_LONG, Problem.REASON_TOO_LONG);
		assertThat(input("x".repeat(MeasureRowInput.MAX_VALUE_LENGTH), "y".repeat(MeasureRowInput.MAX_PERIOD_LENGTH),
				DirectionOfTravel.SAME, "z".repeat(MeasureRowInput.MAX_REASON_LENGTH))
			.problems(MeasureUnit.PERCENT, null)).isEmpty();
	}

	@Test
	void eachProblemNamesItsFieldAndMessage() {
		for (Problem problem : Problem.values()) {
			assertThat(problem.field()).isIn("value", "period", "overrideReason");
			assertThat(problem.messageKey()).isEqualTo("measures.problem." + problem.name());
		}
		assertThat(Problem.VALUE_TOO_LONG.limit()).isEqualTo(MeasureRowInput.MAX_VALUE_LENGTH);
		assertThat(Problem.REASON_MISSING.limit()).isNull();
	}

	private static MeasureRowInput input(String value, String period, DirectionOfTravel override, String reason) {
		return new MeasureRowInput(value, period, DataStatus.REPORTED, override, reason);
	}

}
