package org.waymark.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ReportingQuarterTest {

	private static ReportingQuarter quarter(int startYear, Quarter quarter) {
		return new ReportingQuarter(new FinancialYear(startYear), quarter);
	}

	@ParameterizedTest
	@CsvSource({ "2017-03-31, 2016/17 Q4", "2017-04-01, 2017/18 Q1", "2017-06-30, 2017/18 Q1", "2017-07-01, 2017/18 Q2",
			"2017-09-30, 2017/18 Q2", "2017-10-01, 2017/18 Q3", "2017-12-31, 2017/18 Q3", "2018-01-01, 2017/18 Q4",
			"2018-03-31, 2017/18 Q4", "2018-04-01, 2018/19 Q1" })
	void ofPutsEachQuarterBoundaryDateInTheRightQuarter(LocalDate date, String expected) {
		assertThat(ReportingQuarter.of(date).label()).isEqualTo(expected);
	}

	@Test
	void ofRejectsNullDate() {
		assertThatNullPointerException().isThrownBy(() -> ReportingQuarter.of(null));
	}

	@ParameterizedTest
	@CsvSource({ "Q1, 2017-04-01, 2017-06-30, April\u2013June 2017",
			"Q2, 2017-07-01, 2017-09-30, July\u2013September 2017",
			"Q3, 2017-10-01, 2017-12-31, October\u2013December 2017",
			"Q4, 2018-01-01, 2018-03-31, January\u2013March 2018" })
	void quartersOf2017To18CoverTheirMonths(Quarter quarter, LocalDate firstDay, LocalDate lastDay,
			String monthsLabel) {
		ReportingQuarter reportingQuarter = quarter(2017, quarter);
		assertThat(reportingQuarter.firstDay()).isEqualTo(firstDay);
		assertThat(reportingQuarter.lastDay()).isEqualTo(lastDay);
		assertThat(reportingQuarter.monthsLabel()).isEqualTo(monthsLabel);
	}

	@Test
	void year2Quarter3Of2017To18IsOctoberToDecember2017() {
		ReportingQuarter q3 = ReportingQuarter.parse("2017/18 Q3");
		assertThat(q3).isEqualTo(quarter(2017, Quarter.Q3));
		assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2017, 10, 1));
		assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
		assertThat(q3.monthsLabel()).isEqualTo("October\u2013December 2017");
	}

	@Test
	void quarter4EndsOnTheLeapDayInALeapYear() {
		assertThat(quarter(2019, Quarter.Q4).lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
		assertThat(ReportingQuarter.of(LocalDate.of(2020, 2, 29))).isEqualTo(quarter(2019, Quarter.Q4));
	}

	@Test
	void quarter4MonthsLabelUsesTheFollowingCalendarYearAcrossACentury() {
		assertThat(quarter(1999, Quarter.Q4).monthsLabel()).isEqualTo("January\u2013March 2000");
		assertThat(quarter(1999, Quarter.Q3).monthsLabel()).isEqualTo("October\u2013December 1999");
	}

	@Test
	void everyDayFallsInsideTheQuarterThatContainsIt() {
		for (LocalDate date = LocalDate.of(2015, 1, 1); date.getYear() < 2021; date = date.plusDays(1)) {
			ReportingQuarter quarter = ReportingQuarter.of(date);
			assertThat(date).as("%s in %s", date, quarter).isBetween(quarter.firstDay(), quarter.lastDay());
			assertThat(quarter.year().contains(date)).as("%s in %s", date, quarter.year()).isTrue();
		}
	}

	@Test
	void consecutiveQuartersMeetWithoutGapOrOverlap() {
		for (ReportingQuarter quarter = quarter(2014, Quarter.Q1); quarter
			.compareTo(quarter(2021, Quarter.Q1)) < 0; quarter = quarter.next()) {
			assertThat(quarter.next().firstDay()).as("after %s", quarter).isEqualTo(quarter.lastDay().plusDays(1));
		}
	}

	@ParameterizedTest
	@CsvSource({ "2017/18 Q1, 2017/18 Q2", "2017/18 Q2, 2017/18 Q3", "2017/18 Q3, 2017/18 Q4", "2017/18 Q4, 2018/19 Q1",
			"1999/00 Q4, 2000/01 Q1" })
	void nextAndPreviousStepOneQuarterAcrossYearEnds(String earlier, String later) {
		assertThat(ReportingQuarter.parse(earlier).next()).isEqualTo(ReportingQuarter.parse(later));
		assertThat(ReportingQuarter.parse(later).previous()).isEqualTo(ReportingQuarter.parse(earlier));
	}

	@ParameterizedTest
	@CsvSource({ "2017/18 Q3, 2017, Q3", "2017/18 q3, 2017, Q3", "2017-18 Q3, 2017, Q3", "'  2017/18   Q4  ', 2017, Q4",
			"1999/00 Q1, 1999, Q1", "2016/17 q2, 2016, Q2" })
	void parseReadsYearAndQuarterWithQInEitherCase(String text, int startYear, Quarter expected) {
		assertThat(ReportingQuarter.parse(text)).isEqualTo(quarter(startYear, expected));
	}

	@Test
	void parseReadsEveryLabelItWrites() {
		for (ReportingQuarter quarter = quarter(1995, Quarter.Q1); quarter
			.compareTo(quarter(2030, Quarter.Q1)) < 0; quarter = quarter.next()) {
			assertThat(ReportingQuarter.parse(quarter.label())).isEqualTo(quarter);
		}
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "2017/18", "Q3", "2017/18 Q5", "2017/18 Q0", "2017/18 3", "2017/18Q3",
			"Q3 2017/18", "2017/18 Q3 extra", "2017/18 Quarter 3", "2017/18 Q33", "garbage" })
	void parseRejectsTextThatIsNotAReportingQuarter(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingQuarter.parse(text))
			.withMessageContaining("like 2017/18 Q3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2017/19 Q3", "17/18 Q3", "1899/00 Q1" })
	void parseRejectsAnInvalidFinancialYearAndSaysWhy(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingQuarter.parse(text))
			.withMessageContaining("like 2017/18 Q3")
			.withMessageContaining(text)
			.withCauseInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void labelAndToStringAreYearThenQuarter() {
		ReportingQuarter quarter = quarter(2017, Quarter.Q3);
		assertThat(quarter.label()).isEqualTo("2017/18 Q3");
		assertThat(quarter).hasToString("2017/18 Q3");
	}

	@Test
	void quartersSortByYearThenQuarter() {
		List<ReportingQuarter> quarters = new ArrayList<>(List.of(quarter(2018, Quarter.Q1), quarter(2017, Quarter.Q4),
				quarter(2016, Quarter.Q4), quarter(2017, Quarter.Q1), quarter(2017, Quarter.Q3)));
		Collections.sort(quarters);
		assertThat(quarters).extracting(ReportingQuarter::label)
			.containsExactly("2016/17 Q4", "2017/18 Q1", "2017/18 Q3", "2017/18 Q4", "2018/19 Q1");
	}

	@Test
	void constructorRejectsMissingParts() {
		assertThatNullPointerException().isThrownBy(() -> new ReportingQuarter(null, Quarter.Q1));
		assertThatNullPointerException().isThrownBy(() -> new ReportingQuarter(new FinancialYear(2017), null));
	}

}
