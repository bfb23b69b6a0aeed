package org.waymark.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class OverdueRuleTest {

	private static final LocalDate DEADLINE = LocalDate.of(2018, 3, 31);

	@ParameterizedTest(name = "{0} on {1}: overdue {2}")
	@CsvSource({
			// brag (empty = not yet rated), today, expected
			"GREEN, 2018-03-30, false", "GREEN, 2018-03-31, false", "GREEN, 2018-04-01, true",
			"GREEN, 2019-03-31, true", "AMBER, 2018-03-30, false", "AMBER, 2018-03-31, false",
			"AMBER, 2018-04-01, true", "RED,   2018-03-30, false", "RED,   2018-03-31, false",
			"RED,   2018-04-01, true", "BLUE,  2018-03-30, false", "BLUE,  2018-03-31, false",
			"BLUE,  2018-04-01, false", "BLUE,  2025-01-01, false", "     , 2018-03-30, false",
			"     , 2018-03-31, false", "     , 2018-04-01, true" })
	void actionIsOverdueOnlyAfterItsDeadlineWhenNotBlue(Brag brag, LocalDate today, boolean expected) {
		assertThat(OverdueRule.isOverdue(DEADLINE, brag, today)).isEqualTo(expected);
	}

	@Test
	void greenActionPastItsDeadlineIsOverdueWhateverItsStoredRating() {
		assertThat(OverdueRule.isOverdue(LocalDate.of(2018, 6, 30), Brag.GREEN, LocalDate.of(2018, 7, 1))).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@EnumSource(Brag.class)
	void actionWithPhraseDeadlineIsNeverOverdue(Brag brag) {
		assertThat(OverdueRule.isOverdue(null, brag, LocalDate.of(2018, 3, 30))).isFalse();
		assertThat(OverdueRule.isOverdue(null, brag, LocalDate.of(2099, 12, 31))).isFalse();
	}

	@Test
	void todayIsRequired() {
		assertThatNullPointerException().isThrownBy(() -> OverdueRule.isOverdue(DEADLINE, Brag.GREEN, null));
	}

}
