package org.waymark.risk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RiskBandTest {

	@ParameterizedTest
	@CsvSource({ "LOW, risk.band.LOW, govuk-tag--green", "MEDIUM, risk.band.MEDIUM, govuk-tag--yellow",
			"HIGH, risk.band.HIGH, govuk-tag--red" })
	void bandHasMessageKeyAndTrafficLightTagColour(RiskBand band, String messageKey, String tagClass) {
		assertThat(band.messageKey()).isEqualTo(messageKey);
		assertThat(band.tagClass()).isEqualTo(tagClass);
	}

}
