package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskBandThresholdsTest {

	@Test
	void defaultsAreMediumFromEightAndHighFromFifteen() {
		assertThat(RiskBandThresholds.defaults()).isEqualTo(new RiskBandThresholds(8, 15));
	}

	@ParameterizedTest
	@CsvSource({ "1, LOW", "2, LOW", "3, LOW", "4, LOW", "5, LOW", "6, LOW", "7, LOW", "8, MEDIUM", "9, MEDIUM",
			"10, MEDIUM", "11, MEDIUM", "12, MEDIUM", "13, MEDIUM", "14, MEDIUM", "15, HIGH", "16, HIGH", "17, HIGH",
			"18, HIGH", "19, HIGH", "20, HIGH", "21, HIGH", "22, HIGH", "23, HIGH", "24, HIGH", "25, HIGH" })
	void defaultBandsAreLowToSixMediumEightToTwelveHighFromFifteen(int score, RiskBand expected) {
		assertThat(RiskBandThresholds.defaults().bandOf(score)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "medium from {0}, high from {1}")
	@CsvSource({ "2, 3", "5, 10", "8, 15", "10, 20", "12, 16", "2, 25", "24, 25" })
	void customThresholdsStartEachBandExactlyAtItsThreshold(int mediumFrom, int highFrom) {
		RiskBandThresholds thresholds = new RiskBandThresholds(mediumFrom, highFrom);
		assertThat(thresholds.bandOf(1)).isEqualTo(RiskBand.LOW);
		assertThat(thresholds.bandOf(mediumFrom - 1)).isEqualTo(RiskBand.LOW);
		assertThat(thresholds.bandOf(mediumFrom)).isEqualTo(RiskBand.MEDIUM);
		assertThat(thresholds.bandOf(highFrom - 1)).isEqualTo(RiskBand.MEDIUM);
		assertThat(thresholds.bandOf(highFrom)).isEqualTo(RiskBand.HIGH);
		assertThat(thresholds.bandOf(25)).isEqualTo(RiskBand.HIGH);
	}

	@ParameterizedTest(name = "medium from {0}, high from {1}")
	@CsvSource({ "1, 15", "0, 15", "-3, 15", "8, 8", "15, 8", "8, 26", "2, 2", "25, 25", "26, 27" })
	void thresholdsOutsideTwoToTwentyFiveOrOutOfOrderAreRefused(int mediumFrom, int highFrom) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskBandThresholds(mediumFrom, highFrom))
			.withMessageContaining("2 <= medium from < high from <= 25")
			.withMessageContaining("medium from " + mediumFrom)
			.withMessageContaining("high from " + highFrom);
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 26, Integer.MAX_VALUE })
	void bandOfRefusesScoresOutsideOneToTwentyFive(int score) {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskBandThresholds.defaults().bandOf(score))
			.withMessageContaining("between 1 and 25")
			.withMessageContaining(String.valueOf(score));
	}

}
