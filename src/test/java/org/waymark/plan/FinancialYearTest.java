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

class FinancialYearTest {

	@ParameterizedTest
	@CsvSource({ "2017-03-31, 2016", "2017-04-01, 2017", "2017-06-30, 2017", "2017-07-01, 2017", "2017-09-30, 2017",
			"2017-10-01, 2017", "2017-12-31, 2017", "2018-01-01, 2017", "2018-02-28, 2017", "2018-03-31, 2017",
			"2018-04-01, 2018", "2020-02-29, 2019", "1900-04-01, 1900", "3000-03-31, 2999" })
	void ofPutsEachQuarterBoundaryDateInTheRightYear(LocalDate date, int expectedStartYear) {
		assertThat(FinancialYear.of(date)).isEqualTo(new FinancialYear(expectedStartYear));
	}

	@Test
	void ofRejectsDatesBeforeTheEarliestSupportedYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.of(LocalDate.of(1900, 3, 31)));
	}

	@Test
	void ofRejectsNullDate() {
		assertThatNullPointerException().isThrownBy(() -> FinancialYear.of(null));
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, 0, 1899, 3000, Integer.MAX_VALUE })
	void constructorRejectsStartYearsOutsideSupportedRange(int startYear) {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(startYear))
			.withMessageContaining("between 1900 and 2999")
			.withMessageContaining(String.valueOf(startYear));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1900, 2017, 2999 })
	void constructorAcceptsStartYearsInSupportedRange(int startYear) {
		assertThat(new FinancialYear(startYear).startYear()).isEqualTo(startYear);
	}

	@ParameterizedTest
	@CsvSource({ "2017, 2017/18", "2016, 2016/17", "1999, 1999/00", "2000, 2000/01", "2009, 2009/10", "2099, 2099/00",
			"1900, 1900/01", "2999, 2999/00" })
	void labelIsStartYearSlashTwoDigitEndYear(int startYear, String expected) {
		FinancialYear year = new FinancialYear(startYear);
		assertThat(year.label()).isEqualTo(expected);
		assertThat(year).hasToString(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2017/18, 2017", "2017-18, 2017", "' 2017/18 ', 2017", "1999/00, 1999", "1999-00, 1999",
			"2009/10, 2009", "1900/01, 1900", "2999/00, 2999" })
	void parseReadsSlashOrHyphenForm(String text, int expectedStartYear) {
		assertThat(FinancialYear.parse(text)).isEqualTo(new FinancialYear(expectedStartYear));
	}

	@Test
	void parseReadsEveryLabelItWrites() {
		for (int startYear = 1900; startYear <= 2999; startYear++) {
			FinancialYear year = new FinancialYear(startYear);
			assertThat(FinancialYear.parse(year.label())).isEqualTo(year);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2017/19", "2017/17", "2017-16", "1999/99", "1999/01", "2099/10" })
	void parseRejectsEndYearThatDoesNotFollowStartYear(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(text))
			.withMessageContaining(text)
			.withMessageContaining("year after");
	}

	@Test
	void parseSuggestsTheCorrectLabelForAMismatchedEndYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse("2017/19"))
			.withMessageContaining("like 2017/18");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "2017", "2017/2018", "17/18", "2017/1", "2017/018", "2017 /18", "2017/ 18",
			"2017\u201318", "2017.18", "FY2017/18", "2017/18 Q3", "abcd/ef", "garbage" })
	void parseRejectsTextThatIsNotAFinancialYear(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(text))
			.withMessageContaining("like 2017/18");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1899/00", "3000/01", "0000/01" })
	void parseRejectsYearsOutsideSupportedRange(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(text))
			.withMessageContaining("between 1900 and 2999");
	}

	@Test
	void firstAndLastDaysAreFirstAprilAndThirtyFirstMarch() {
		FinancialYear year = new FinancialYear(2017);
		assertThat(year.firstDay()).isEqualTo(LocalDate.of(2017, 4, 1));
		assertThat(year.lastDay()).isEqualTo(LocalDate.of(2018, 3, 31));
	}

	@ParameterizedTest
	@CsvSource({ "2017-03-31, false", "2017-04-01, true", "2017-06-30, true", "2017-07-01, true", "2017-09-30, true",
			"2017-10-01, true", "2017-12-31, true", "2018-01-01, true", "2018-03-31, true", "2018-04-01, false",
			"2016-07-01, false", "2019-01-01, false" })
	void containsIncludesBothEndsAndNothingOutside(LocalDate date, boolean expected) {
		assertThat(new FinancialYear(2017).contains(date)).isEqualTo(expected);
	}

	@Test
	void everyDayBelongsToTheYearThatContainsIt() {
		for (LocalDate date = LocalDate.of(2015, 1, 1); date.getYear() < 2021; date = date.plusDays(1)) {
			FinancialYear year = FinancialYear.of(date);
			assertThat(year.contains(date)).as("%s in %s", date, year).isTrue();
			assertThat(year.previous().contains(date)).as("%s in %s", date, year.previous()).isFalse();
			assertThat(year.next().contains(date)).as("%s in %s", date, year.next()).isFalse();
		}
	}

	@Test
	void nextAndPreviousAreAdjacentYears() {
		FinancialYear year = new FinancialYear(2017);
		assertThat(year.next()).isEqualTo(new FinancialYear(2018));
		assertThat(year.previous()).isEqualTo(new FinancialYear(2016));
		assertThat(year.next().firstDay()).isEqualTo(year.lastDay().plusDays(1));
		assertThat(year.previous().lastDay()).isEqualTo(year.firstDay().minusDays(1));
	}

	@Test
	void nextAndPreviousStopAtTheSupportedRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(2999).next());
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(1900).previous());
	}

	@Test
	void yearsSortChronologically() {
		List<FinancialYear> years = new ArrayList<>(List.of(new FinancialYear(2018), new FinancialYear(1999),
				new FinancialYear(2017), new FinancialYear(2000)));
		Collections.sort(years);
		assertThat(years).extracting(FinancialYear::label).containsExactly("1999/00", "2000/01", "2017/18", "2018/19");
		assertThat(new FinancialYear(2017)).isEqualByComparingTo(new FinancialYear(2017));
	}

}
