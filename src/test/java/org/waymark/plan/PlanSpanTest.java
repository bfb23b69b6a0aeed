package org.waymark.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanSpanTest {

	// Children & Young People's Plan 2016–2019.
	private final PlanSpan cypp = new PlanSpan(new FinancialYear(2016), new FinancialYear(2018));

	@Test
	void labelRunsFromFirstStartYearToLastEndYear() {
		assertThat(this.cypp.label()).isEqualTo("2016\u20132019");
		assertThat(this.cypp).hasToString("2016\u20132019");
		assertThat(new PlanSpan(new FinancialYear(2019), new FinancialYear(2021)).label()).isEqualTo("2019\u20132022");
	}

	@ParameterizedTest
	@CsvSource({ "2016/17, 1", "2017/18, 2", "2018/19, 3" })
	void yearNumberCountsFromTheFirstYear(String year, int expected) {
		assertThat(this.cypp.yearNumber(FinancialYear.parse(year))).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2015/16", "2019/20", "1999/00" })
	void yearNumberRejectsYearsOutsideThePlan(String year) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.cypp.yearNumber(FinancialYear.parse(year)))
			.withMessageContaining(year)
			.withMessageContaining("2016\u20132019");
	}

	@ParameterizedTest
	@CsvSource({ "2015/16, false", "2016/17, true", "2017/18, true", "2018/19, true", "2019/20, false" })
	void containsIncludesFirstAndLastYears(String year, boolean expected) {
		assertThat(this.cypp.contains(FinancialYear.parse(year))).isEqualTo(expected);
	}

	@Test
	void yearsListsEveryYearInOrder() {
		assertThat(this.cypp.years()).extracting(FinancialYear::label).containsExactly("2016/17", "2017/18", "2018/19");
	}

	@Test
	void quartersListsTwelveQuartersInOrderForAThreeYearPlan() {
		List<ReportingQuarter> quarters = this.cypp.quarters();
		assertThat(quarters).hasSize(12);
		assertThat(quarters.get(0)).isEqualTo(ReportingQuarter.parse("2016/17 Q1"));
		assertThat(quarters.get(11)).isEqualTo(ReportingQuarter.parse("2018/19 Q4"));
		for (int i = 1; i < quarters.size(); i++) {
			assertThat(quarters.get(i)).isEqualTo(quarters.get(i - 1).next());
		}
	}

	@Test
	void yearsAndQuartersCannotBeModified() {
		assertThatThrownBy(() -> this.cypp.years().add(new FinancialYear(2019)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> this.cypp.quarters().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2016/17 Q1 | Year 1 Q1 (April–June 2016)
			2017/18 Q3 | Year 2 Q3 (October–December 2017)
			2017/18 Q4 | Year 2 Q4 (January–March 2018)
			2018/19 Q4 | Year 3 Q4 (January–March 2019)
			""")
	void describeNamesTheQuarterByItsYearOfThePlan(String quarter, String expected) {
		assertThat(this.cypp.describe(ReportingQuarter.parse(quarter))).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2015/16 Q4", "2019/20 Q1" })
	void describeRejectsQuartersOutsideThePlan(String quarter) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.cypp.describe(ReportingQuarter.parse(quarter)));
	}

	@Test
	void singleYearPlanHasOneYearAndFourQuarters() {
		FinancialYear year = new FinancialYear(2018);
		PlanSpan span = new PlanSpan(year, year);
		assertThat(span.years()).containsExactly(year);
		assertThat(span.quarters()).extracting(ReportingQuarter::label)
			.containsExactly("2018/19 Q1", "2018/19 Q2", "2018/19 Q3", "2018/19 Q4");
		assertThat(span.yearNumber(year)).isEqualTo(1);
		assertThat(span.label()).isEqualTo("2018\u20132019");
	}

	@Test
	void planEndingInTheLatestSupportedYearListsItsYears() {
		PlanSpan span = new PlanSpan(new FinancialYear(2997), new FinancialYear(2999));
		assertThat(span.years()).extracting(FinancialYear::label).containsExactly("2997/98", "2998/99", "2999/00");
		assertThat(span.quarters()).hasSize(12);
	}

	@Test
	void constructorRejectsLastYearBeforeFirst() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanSpan(new FinancialYear(2019), new FinancialYear(2018)))
			.withMessageContaining("2018/19")
			.withMessageContaining("2019/20");
	}

	@Test
	void constructorRejectsMissingYears() {
		assertThatNullPointerException().isThrownBy(() -> new PlanSpan(null, new FinancialYear(2018)));
		assertThatNullPointerException().isThrownBy(() -> new PlanSpan(new FinancialYear(2016), null));
	}

}
