package org.waymark.action;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.Quarter;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterActionsTest {

	private final ReportingPeriod q3 = new ReportingPeriod(
			new Plan("Plan", "PLAN", new FinancialYear(2017), new FinancialYear(2019)),
			new ReportingQuarter(new FinancialYear(2017), Quarter.Q3), LocalDate.of(2018, 1, 12));

	@ParameterizedTest(name = "today {0}: judged on {1}")
	@CsvSource({ "2017-11-15, 2017-11-15", "2017-12-30, 2017-12-30", "2017-12-31, 2017-12-31", "2018-01-01, 2017-12-31",
			"2026-11-23, 2017-12-31" })
	void aQuarterIsJudgedOnItsLastDayOrTodayWhileItRuns(LocalDate today, LocalDate judgedOn) {
		assertThat(QuarterActions.judgedOn(this.q3, today)).isEqualTo(judgedOn);
	}

	@Test
	void countsTallyEachRatingAndOverdueAcrossRatings() {
		List<QuarterAction> actions = List.of(action(Brag.BLUE, false), action(Brag.GREEN, true),
				action(Brag.GREEN, false), action(Brag.AMBER, true), action(Brag.RED, false), action(null, true));

		BragCounts counts = BragCounts.of(actions);

		assertThat(counts).isEqualTo(new BragCounts(1, 2, 1, 1, 1, 3));
		assertThat(counts.total()).isEqualTo(6);
		assertThat(BragCounts.of(List.of())).isEqualTo(new BragCounts(0, 0, 0, 0, 0, 0));
	}

	private static QuarterAction action(Brag brag, boolean overdue) {
		return new QuarterAction(1, 1, 1, 1, "Objective", "Action", "Owner", "31 March 2018", LocalDate.of(2018, 3, 31),
				brag, overdue, null);
	}

}
