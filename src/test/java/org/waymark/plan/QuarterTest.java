package org.waymark.plan;

import java.time.Month;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class QuarterTest {

	@ParameterizedTest
	@CsvSource({ "Q1, 1, APRIL, JUNE", "Q2, 2, JULY, SEPTEMBER", "Q3, 3, OCTOBER, DECEMBER", "Q4, 4, JANUARY, MARCH" })
	void quarterHasUkFinancialYearNumberAndMonths(Quarter quarter, int number, Month first, Month last) {
		assertThat(quarter.number()).isEqualTo(number);
		assertThat(quarter.firstMonth()).isEqualTo(first);
		assertThat(quarter.lastMonth()).isEqualTo(last);
		assertThat(Quarter.ofNumber(number)).isSameAs(quarter);
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 5, Integer.MAX_VALUE })
	void ofNumberRejectsNumbersOutsideOneToFour(int number) {
		assertThatIllegalArgumentException().isThrownBy(() -> Quarter.ofNumber(number))
			.withMessageContaining("between 1 and 4")
			.withMessageContaining(String.valueOf(number));
	}

	@ParameterizedTest
	@CsvSource({ "APRIL, Q1", "MAY, Q1", "JUNE, Q1", "JULY, Q2", "AUGUST, Q2", "SEPTEMBER, Q2", "OCTOBER, Q3",
			"NOVEMBER, Q3", "DECEMBER, Q3", "JANUARY, Q4", "FEBRUARY, Q4", "MARCH, Q4" })
	void containingPutsEachMonthInItsFinancialYearQuarter(Month month, Quarter expected) {
		assertThat(Quarter.containing(month)).isEqualTo(expected);
	}

	@Test
	void containingRejectsNullMonth() {
		assertThatNullPointerException().isThrownBy(() -> Quarter.containing(null));
	}

}
