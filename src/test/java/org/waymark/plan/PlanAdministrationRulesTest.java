package org.waymark.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PlanAdministrationRulesTest {

	private static Plan threeYearPlan() {
		return new Plan("Our Plan", "OP", new FinancialYear(2020), new FinancialYear(2022));
	}

	private static ReportingPeriod period(Plan plan, String quarter) {
		ReportingQuarter q = ReportingQuarter.parse(quarter);
		return new ReportingPeriod(plan, q, q.defaultDueDate());
	}

	@Test
	void generatingQuartersOfANewPlanGivesEveryQuarterOfItsYearsInOrder() {
		List<ReportingQuarter> missing = threeYearPlan().quartersMissingFrom(List.of());
		assertThat(missing).hasSize(12);
		assertThat(missing.get(0)).isEqualTo(ReportingQuarter.parse("2020/21 Q1"));
		assertThat(missing.get(11)).isEqualTo(ReportingQuarter.parse("2022/23 Q4"));
		assertThat(missing).isSorted();
	}

	@Test
	void generatingQuartersLeavesOutThoseThePlanHas() {
		List<ReportingQuarter> missing = threeYearPlan()
			.quartersMissingFrom(List.of(ReportingQuarter.parse("2020/21 Q1"), ReportingQuarter.parse("2021/22 Q3")));
		assertThat(missing).hasSize(10)
			.doesNotContain(ReportingQuarter.parse("2020/21 Q1"), ReportingQuarter.parse("2021/22 Q3"))
			.contains(ReportingQuarter.parse("2020/21 Q2"));
	}

	@Test
	void generatingQuartersTwiceAddsNothingTheSecondTime() {
		Plan plan = threeYearPlan();
		List<ReportingQuarter> first = plan.quartersMissingFrom(List.of());
		assertThat(plan.quartersMissingFrom(first)).isEmpty();
	}

	@Test
	void returnsAreDueTwelveDaysAfterTheQuarterEnds() {
		assertThat(ReportingQuarter.parse("2017/18 Q3").defaultDueDate()).isEqualTo(LocalDate.of(2018, 1, 12));
		assertThat(ReportingQuarter.parse("2017/18 Q4").defaultDueDate()).isEqualTo(LocalDate.of(2018, 4, 12));
		assertThat(ReportingQuarter.parse("2020/21 Q1").defaultDueDate()).isEqualTo(LocalDate.of(2020, 7, 12));
		assertThat(ReportingQuarter.parse("2020/21 Q2").defaultDueDate()).isEqualTo(LocalDate.of(2020, 10, 12));
	}

	@Test
	void onlyADraftPlanCanBeMadeActive() {
		Plan plan = threeYearPlan();
		plan.activate();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		assertThatIllegalStateException().isThrownBy(plan::activate);
	}

	@Test
	void aPlanClosesOnceFromDraftOrActive() {
		Plan draft = threeYearPlan();
		draft.close();
		assertThat(draft.getStatus()).isEqualTo(PlanStatus.CLOSED);
		assertThatIllegalStateException().isThrownBy(draft::close);
		assertThatIllegalStateException().isThrownBy(draft::activate);
		Plan active = threeYearPlan();
		active.activate();
		active.close();
		assertThat(active.getStatus()).isEqualTo(PlanStatus.CLOSED);
	}

	@Test
	void describingAPlanRefusesYearsInTheWrongOrder() {
		Plan plan = threeYearPlan();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> plan.describe("T", "S", new FinancialYear(2022), new FinancialYear(2020), null));
		assertThat(plan.span().first()).isEqualTo(new FinancialYear(2020));
	}

	@Test
	void openingAQuarterSetsItsDueDateAndOpensIt() {
		ReportingPeriod period = period(threeYearPlan(), "2020/21 Q1");
		period.open(LocalDate.of(2020, 7, 20));
		assertThat(period.getState()).isEqualTo(ReportingPeriodState.OPEN);
		assertThat(period.getDueDate()).isEqualTo(LocalDate.of(2020, 7, 20));
		assertThat(period.isLate(LocalDate.of(2020, 7, 20))).isFalse();
		assertThat(period.isLate(LocalDate.of(2020, 7, 21))).isTrue();
	}

	@Test
	void anOpenQuarterIsNotOpenedAgain() {
		ReportingPeriod period = period(threeYearPlan(), "2020/21 Q1");
		period.open(LocalDate.of(2020, 7, 20));
		assertThatIllegalStateException().isThrownBy(() -> period.open(LocalDate.of(2020, 7, 25)));
		assertThat(period.getDueDate()).isEqualTo(LocalDate.of(2020, 7, 20));
	}

	@Test
	void onlyAnOpenQuartersDueDateChanges() {
		ReportingPeriod period = period(threeYearPlan(), "2020/21 Q1");
		assertThatIllegalStateException().isThrownBy(() -> period.changeDueDate(LocalDate.of(2020, 8, 1)));
		period.open(LocalDate.of(2020, 7, 20));
		period.changeDueDate(LocalDate.of(2020, 8, 1));
		assertThat(period.getDueDate()).isEqualTo(LocalDate.of(2020, 8, 1));
	}

	@Test
	void onlyAnOpenQuarterClosesAndAClosedOneCanBeReopened() {
		ReportingPeriod period = period(threeYearPlan(), "2020/21 Q1");
		assertThatIllegalStateException().isThrownBy(period::close);
		period.open(LocalDate.of(2020, 7, 20));
		period.close();
		assertThat(period.getState()).isEqualTo(ReportingPeriodState.CLOSED);
		assertThatIllegalStateException().isThrownBy(period::close);
		period.open(LocalDate.of(2020, 9, 1));
		assertThat(period.getState()).isEqualTo(ReportingPeriodState.OPEN);
		assertThat(period.getDueDate()).isEqualTo(LocalDate.of(2020, 9, 1));
	}

}
