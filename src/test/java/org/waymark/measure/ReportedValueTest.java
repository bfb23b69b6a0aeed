package org.waymark.measure;

import org.junit.jupiter.api.Test;
import org.waymark.shared.FormattedText;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedValueTest {

	@Test
	void periodIsShownWhenTheValueDoesNotNameIt() {
		assertThat(value("42,760", "R12 months ending December 17").periodNote())
			.isEqualTo("R12 months ending December 17");
	}

	@Test
	void periodIsNotRepeatedWhenTheValueAlreadyNamesIt() {
		assertThat(value("42,760 (R12 months  ending\nDecember 17)", "R12 months ending December 17").periodNote())
			.isNull();
		assertThat(value("65% (2016/17)", "2016/17").periodNote()).isNull();
	}

	@Test
	void noPeriodMeansNoNote() {
		assertThat(value("390", null).periodNote()).isNull();
		assertThat(value("390", " ").periodNote()).isNull();
	}

	@Test
	void noValueIsNull() {
		assertThat(ReportedValue.of(null)).isNull();
	}

	private static ReportedValue value(String text, String period) {
		return new ReportedValue(FormattedText.of(text), period, DataStatus.REPORTED);
	}

}
