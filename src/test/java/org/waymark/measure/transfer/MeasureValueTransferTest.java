package org.waymark.measure.transfer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureValueTransferTest {

	@Test
	void periodEndIsReadInTheWaysPeopleAndSpreadsheetsWriteDates() {
		LocalDate end = LocalDate.of(2017, 12, 31);
		assertThat(MeasureValueTransfer.date("2017-12-31")).isEqualTo(end);
		assertThat(MeasureValueTransfer.date("31/12/2017")).isEqualTo(end);
		assertThat(MeasureValueTransfer.date("31 December 2017")).isEqualTo(end);
		assertThat(MeasureValueTransfer.date("31st Dec 2017")).isEqualTo(end);
	}

	@Test
	void aDayThatDoesNotExistOrWordsAreNotADate() {
		assertThat(MeasureValueTransfer.date("31/06/2018")).isNull();
		assertThat(MeasureValueTransfer.date("31 June 2018")).isNull();
		assertThat(MeasureValueTransfer.date("end of Q3")).isNull();
		assertThat(MeasureValueTransfer.date("12/31/2017")).as("UK order only").isNull();
	}

	@Test
	void definitionChangedIsYesOrNoAndBlankIsNo() {
		assertThat(MeasureValueTransfer.yesNo("Yes")).isTrue();
		assertThat(MeasureValueTransfer.yesNo("TRUE")).isTrue();
		assertThat(MeasureValueTransfer.yesNo("")).isFalse();
		assertThat(MeasureValueTransfer.yesNo("no")).isFalse();
		assertThat(MeasureValueTransfer.yesNo("perhaps")).isNull();
	}

}
