package org.waymark.measure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PolarityTest {

	@ParameterizedTest
	@CsvSource({ "HIGHER_IS_BETTER, polarity.HIGHER_IS_BETTER", "LOWER_IS_BETTER, polarity.LOWER_IS_BETTER",
			"NEITHER, polarity.NEITHER" })
	void messageKeyIsPrefixedName(Polarity polarity, String expected) {
		assertThat(polarity.messageKey()).isEqualTo(expected);
	}

}
