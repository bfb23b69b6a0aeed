package org.waymark.measure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureEntryTest {

	@ParameterizedTest(name = "\"{0}\" for a {1} measure is the figure {2}")
	@CsvSource(delimiter = '|', textBlock = """
			54.3%              | PERCENT         | 54.3
			54.3 %             | PERCENT         | 54.3
			54.3               | PERCENT         | 54.3
			100%               | PERCENT         | 100
			42,760             | COUNT           | 42760
			42760              | COUNT           | 42760
			1,234,567.5        | COUNT           | 1234567.5
			3.9 per 1,000      | RATE_PER_1000   | 3.9
			3.9 per 1000       | RATE_PER_1000   | 3.9
			3.9 PER 1,000      | RATE_PER_1000   | 3.9
			84.2 per 10,000    | RATE_PER_10000  | 84.2
			1,815 per 100,000  | RATE_PER_100000 | 1815
			7.5                | SCORE           | 7.5
			-2.5               | SCORE           | -2.5
			\u22122.5          | SCORE           | -2.5
			+3                 | COUNT           | 3
			.5                 | PERCENT         | 0.5
			007                | COUNT           | 7
			1.2345             | PERCENT         | 1.2345
			999999999999999    | COUNT           | 999999999999999
			""")
	void aNumberWithOrWithoutItsUnitIsAFigureWithTheTextKeptAsTyped(String typed, MeasureUnit unit, String figure) {
		MeasureEntry entry = MeasureEntry.read(typed, unit);
		assertThat(entry.problem()).isNull();
		assertThat(entry.isFigure()).isTrue();
		assertThat(entry.number()).isEqualByComparingTo(new BigDecimal(figure));
		assertThat(entry.text()).isEqualTo(typed.strip());
	}

	@ParameterizedTest(name = "\"{0}\" for a {1} measure is words")
	@CsvSource(delimiter = '|', textBlock = """
			Awaiting updated data                  | COUNT
			1154 Providers 118 services            | COUNT
			Q2 12.4%                               | PERCENT
			42,760 (R12 months ending December 17) | COUNT
			3.9 per 10,000                         | RATE_PER_1000
			54.3 percent                           | PERCENT
			1e5                                    | COUNT
			209                                    | NARRATIVE
			54..3                                  | NARRATIVE
			""")
	void anEntryWithOtherLettersOrForANarrativeMeasureIsWordsWithNoFigure(String typed, MeasureUnit unit) {
		MeasureEntry entry = MeasureEntry.read(typed, unit);
		assertThat(entry.problem()).isNull();
		assertThat(entry.isFigure()).isFalse();
		assertThat(entry.number()).isNull();
		assertThat(entry.text()).isEqualTo(typed);
	}

	@ParameterizedTest(name = "\"{0}\" for a {1} measure is refused")
	@CsvSource(delimiter = '|', textBlock = """
			54..3    | PERCENT
			65% (2016/17) | PERCENT
			1,2345   | COUNT
			12 345   | COUNT
			12/15    | COUNT
			50%      | COUNT
			%54      | PERCENT
			3.9 %    | RATE_PER_1000
			-        | COUNT
			%        | PERCENT
			1.2.3    | SCORE
			""")
	void anEntryWithNoLettersThatIsNotAFigureIsRefused(String typed, MeasureUnit unit) {
		MeasureEntry entry = MeasureEntry.read(typed, unit);
		assertThat(entry.problem()).isEqualTo(MeasureEntry.Problem.NOT_A_NUMBER);
		assertThat(entry.number()).isNull();
		assertThat(entry.text()).isEqualTo(typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.23456", "54.30001%" })
	void aFigureWithMoreDecimalPlacesThanAreStoredIsRefused(String typed) {
		assertThat(MeasureEntry.read(typed, MeasureUnit.PERCENT).problem())
			.isEqualTo(MeasureEntry.Problem.TOO_MANY_DECIMAL_PLACES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000000", "9,999,999,999,999,999" })
	void aFigureTooLargeToStoreIsRefused(String typed) {
		assertThat(MeasureEntry.read(typed, MeasureUnit.COUNT).problem()).isEqualTo(MeasureEntry.Problem.TOO_LARGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000000000000000001" })
	void leadingZerosDoNotCountTowardsTheSize(String typed) {
		assertThat(MeasureEntry.read(typed, MeasureUnit.COUNT).number()).isEqualByComparingTo(BigDecimal.ONE);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\t\n" })
	void nothingTypedIsAnEmptyEntry(String typed) {
		MeasureEntry entry = MeasureEntry.read(typed, MeasureUnit.PERCENT);
		assertThat(entry.isEmpty()).isTrue();
		assertThat(entry.number()).isNull();
		assertThat(entry.text()).isNull();
		assertThat(entry.problem()).isNull();
	}

}
