package org.waymark.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatusTrendTest {

	@ParameterizedTest(name = "{0} -> {1} is {2}")
	@CsvSource({
			// previous published, current, expected
			"RED,   RED,   UNCHANGED", "RED,   AMBER, IMPROVING", "RED,   GREEN, IMPROVING", "RED,   BLUE,  IMPROVING",
			"AMBER, RED,   DECLINING", "AMBER, AMBER, UNCHANGED", "AMBER, GREEN, IMPROVING", "AMBER, BLUE,  IMPROVING",
			"GREEN, RED,   DECLINING", "GREEN, AMBER, DECLINING", "GREEN, GREEN, UNCHANGED", "GREEN, BLUE,  IMPROVING",
			"BLUE,  RED,   DECLINING", "BLUE,  AMBER, DECLINING", "BLUE,  GREEN, DECLINING",
			"BLUE,  BLUE,  UNCHANGED" })
	void trendComparesCurrentStatusWithPreviousPublishedStatus(Rag previous, Rag current, StatusTrend expected) {
		assertThat(StatusTrend.between(previous, current)).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Rag.class)
	void trendIsNewWhenThereIsNoPreviousPublishedStatus(Rag current) {
		assertThat(StatusTrend.between(null, current)).isEqualTo(StatusTrend.NEW);
	}

	@ParameterizedTest
	@NullSource
	@EnumSource(Rag.class)
	void trendNeedsACurrentStatus(Rag previous) {
		assertThatIllegalArgumentException().isThrownBy(() -> StatusTrend.between(previous, null))
			.withMessageContaining("current status");
	}

	@ParameterizedTest
	@CsvSource({ "IMPROVING, trend.IMPROVING, govuk-tag--green", "UNCHANGED, trend.UNCHANGED, govuk-tag--grey",
			"DECLINING, trend.DECLINING, govuk-tag--red", "NEW, trend.NEW, govuk-tag--purple" })
	void presentationUsesMessageKeyAndGovukTagColour(StatusTrend trend, String messageKey, String tagClass) {
		assertThat(trend.messageKey()).isEqualTo(messageKey);
		assertThat(trend.tagClass()).isEqualTo(tagClass);
	}

}
