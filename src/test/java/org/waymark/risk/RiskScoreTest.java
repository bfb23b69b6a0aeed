package org.waymark.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RiskScoreTest {

	// Rows are likelihood 1 to 5, columns impact 1 to 5, written out by hand from the
	// documents' matrix rather than computed, so the test cannot share a bug with the
	// code.
	private static final int[][] EXPECTED_SCORES = { { 1, 2, 3, 4, 5 }, { 2, 4, 6, 8, 10 }, { 3, 6, 9, 12, 15 },
			{ 4, 8, 12, 16, 20 }, { 5, 10, 15, 20, 25 } };

	// L low (1–6), M medium (8–12), H high (15–25).
	private static final String[] EXPECTED_DEFAULT_BANDS = { "LLLLL", "LLLMM", "LLMMH", "LMMHH", "LMHHH" };

	static Stream<Arguments> everyCellOfTheMatrix() {
		Stream.Builder<Arguments> cells = Stream.builder();
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact++) {
				char band = EXPECTED_DEFAULT_BANDS[likelihood - 1].charAt(impact - 1);
				cells.add(Arguments.of(likelihood, impact, EXPECTED_SCORES[likelihood - 1][impact - 1], switch (band) {
					case 'L' -> RiskBand.LOW;
					case 'M' -> RiskBand.MEDIUM;
					case 'H' -> RiskBand.HIGH;
					default -> throw new IllegalStateException("Unknown band " + band);
				}));
			}
		}
		return cells.build();
	}

	@ParameterizedTest(name = "{0} x {1} = {2}, {3}")
	@MethodSource("everyCellOfTheMatrix")
	void scoreAndDefaultBandMatchTheMatrix(int likelihood, int impact, int expectedScore, RiskBand expectedBand) {
		RiskScore score = new RiskScore(likelihood, impact);
		assertThat(score.value()).isEqualTo(expectedScore);
		assertThat(score.band(RiskBandThresholds.defaults())).isEqualTo(expectedBand);
	}

	@Test
	void safeguardingChildrenRiskWasHighBothIn2017And2019() {
		RiskScore june2017 = new RiskScore(4, 5);
		RiskScore may2019 = new RiskScore(3, 5);
		assertThat(june2017.value()).isEqualTo(20);
		assertThat(may2019.value()).isEqualTo(15);
		assertThat(june2017.band(RiskBandThresholds.defaults())).isEqualTo(RiskBand.HIGH);
		assertThat(may2019.band(RiskBandThresholds.defaults())).isEqualTo(RiskBand.HIGH);
	}

	@Test
	void bandFollowsTheThresholdsGiven() {
		RiskScore twelve = new RiskScore(3, 4);
		assertThat(twelve.band(new RiskBandThresholds(13, 20))).isEqualTo(RiskBand.LOW);
		assertThat(twelve.band(new RiskBandThresholds(12, 20))).isEqualTo(RiskBand.MEDIUM);
		assertThat(twelve.band(new RiskBandThresholds(8, 12))).isEqualTo(RiskBand.HIGH);
	}

	@Test
	void bandNeedsThresholds() {
		assertThatNullPointerException().isThrownBy(() -> new RiskScore(3, 4).band(null));
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 6, Integer.MAX_VALUE })
	void likelihoodOutsideOneToFiveIsRefused(int likelihood) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskScore(likelihood, 3))
			.withMessageStartingWith("Likelihood must be between 1 and 5")
			.withMessageContaining(String.valueOf(likelihood));
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 6, Integer.MAX_VALUE })
	void impactOutsideOneToFiveIsRefused(int impact) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskScore(3, impact))
			.withMessageStartingWith("Impact must be between 1 and 5")
			.withMessageContaining(String.valueOf(impact));
	}

	@Test
	void scoresCompareByValue() {
		assertThat(new RiskScore(2, 5)).isGreaterThan(new RiskScore(3, 3));
		assertThat(new RiskScore(1, 1)).isLessThan(new RiskScore(1, 2));
		assertThat(new RiskScore(4, 5)).isGreaterThan(new RiskScore(3, 5));
		assertThat(new RiskScore(3, 4)).isEqualByComparingTo(new RiskScore(3, 4));
	}

	@Test
	void equalScoresCompareByImpactSoOrderingAgreesWithEquals() {
		assertThat(new RiskScore(1, 5)).isGreaterThan(new RiskScore(5, 1));
		assertThat(new RiskScore(3, 4)).isGreaterThan(new RiskScore(4, 3));
		assertThat(new RiskScore(3, 4).compareTo(new RiskScore(4, 3))).isNotZero();
	}

	@Test
	void registerSortsByScoreThenImpact() {
		List<RiskScore> scores = new ArrayList<>(List.of(new RiskScore(5, 5), new RiskScore(4, 3), new RiskScore(1, 1),
				new RiskScore(3, 4), new RiskScore(2, 5), new RiskScore(3, 3)));
		Collections.sort(scores);
		assertThat(scores).containsExactly(new RiskScore(1, 1), new RiskScore(3, 3), new RiskScore(2, 5),
				new RiskScore(4, 3), new RiskScore(3, 4), new RiskScore(5, 5));
	}

}
