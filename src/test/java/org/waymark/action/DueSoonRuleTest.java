package org.waymark.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DueSoonRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2018, 5, 1);

	@ParameterizedTest(name = "deadline {0}: due soon {1}")
	@CsvSource({ "2018-04-30, false", // yesterday: overdue, not due
			"2018-05-01, false", // today: not after today
			"2018-05-02, true", // tomorrow
			"2018-05-15, true", "2018-05-31, true", // today + 30
			"2018-06-01, false", // today + 31
			"2019-05-01, false" })
	void actionIsDueSoonWhenItsDeadlineIsAfterTodayAndAtMostThirtyDaysAway(LocalDate deadline, boolean expected) {
		assertThat(DueSoonRule.isDueSoon(deadline, Brag.GREEN, TODAY)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullSource
	@EnumSource(value = Brag.class, names = { "GREEN", "AMBER", "RED" })
	void everyRatingButBlueCanBeDueSoon(Brag brag) {
		assertThat(DueSoonRule.isDueSoon(TODAY.plusDays(DueSoonRule.WINDOW_DAYS), brag, TODAY)).isTrue();
	}

	@Test
	void completeActionIsNeverDueSoon() {
		assertThat(DueSoonRule.isDueSoon(TODAY.plusDays(1), Brag.BLUE, TODAY)).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@EnumSource(Brag.class)
	void actionWithPhraseDeadlineIsNeverDueSoon(Brag brag) {
		assertThat(DueSoonRule.isDueSoon(null, brag, TODAY)).isFalse();
	}

	@Test
	void noActionIsBothDueSoonAndOverdue() {
		for (int offset = -40; offset <= 40; offset++) {
			LocalDate deadline = TODAY.plusDays(offset);
			assertThat(DueSoonRule.isDueSoon(deadline, Brag.AMBER, TODAY)
					&& OverdueRule.isOverdue(deadline, Brag.AMBER, TODAY))
				.as("deadline %s", deadline)
				.isFalse();
		}
	}

	@Test
	void refusesToJudgeWithoutADay() {
		assertThatNullPointerException().isThrownBy(() -> DueSoonRule.isDueSoon(TODAY, Brag.GREEN, null));
	}

}
