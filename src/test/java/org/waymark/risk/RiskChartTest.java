package org.waymark.risk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskChartTest {

	private static final RiskBandThresholds DEFAULTS = RiskBandThresholds.defaults();

	/**
	 * ORG0009 "Safeguarding Children": 4 × 5 = 20 in June 2017, 3 × 5 = 15 in May 2019.
	 */
	private static List<RiskChart.Assessment> org0009() {
		return List.of(new RiskChart.Assessment(LocalDate.of(2017, 6, 7), new RiskScore(4, 5)),
				new RiskChart.Assessment(LocalDate.of(2019, 5, 31), new RiskScore(3, 5)));
	}

	@Test
	void noAssessmentsNoChart() {
		assertThat(RiskChart.of(List.of(), 8, DEFAULTS)).isNull();
	}

	@Test
	void assessmentsRunLeftToRightInDateOrderWhateverOrderTheyCameIn() {
		RiskChart chart = RiskChart.of(List.of(org0009().get(1), org0009().get(0)), null, DEFAULTS);
		assertThat(chart.points()).extracting(RiskChart.Point::date).containsExactly("7 June 2017", "31 May 2019");
		assertThat(chart.points()).extracting(RiskChart.Point::x)
			.containsExactly(RiskChart.PLOT_LEFT + RiskChart.PLOT_PADDING,
					RiskChart.PLOT_RIGHT - RiskChart.PLOT_PADDING);
		assertThat(chart.line()).isEqualTo(chart.points().get(0).x() + "," + chart.points().get(0).y() + " "
				+ chart.points().get(1).x() + "," + chart.points().get(1).y());
		assertThat(chart.firstDate()).isEqualTo("7 June 2017");
		assertThat(chart.lastDate()).isEqualTo("31 May 2019");
	}

	@Test
	void scoresAreDrawnOnAFixedAxisFromNoughtAtTheBottomToTwentyFiveAtTheTop() {
		RiskChart chart = RiskChart.of(org0009(), null, DEFAULTS);
		assertThat(chart.scoreTicks()).extracting(RiskChart.Tick::text)
			.containsExactly("0", "5", "10", "15", "20", "25");
		assertThat(chart.scoreTicks().get(0).position()).isEqualTo(RiskChart.PLOT_BOTTOM);
		assertThat(chart.scoreTicks().get(5).position()).isEqualTo(RiskChart.PLOT_TOP);
		// 20 is four fifths of the way up, 15 three fifths.
		double height = RiskChart.PLOT_BOTTOM - RiskChart.PLOT_TOP;
		assertThat(chart.points().get(0).y()).isEqualTo(RiskChart.PLOT_BOTTOM - height * 20 / 25);
		assertThat(chart.points().get(1).y()).isEqualTo(RiskChart.PLOT_BOTTOM - height * 15 / 25);
		assertThat(chart.points()).extracting(RiskChart.Point::band).containsExactly(RiskBand.HIGH, RiskBand.HIGH);
	}

	@Test
	void aSingleAssessmentIsOnePointInTheMiddle() {
		RiskChart chart = RiskChart.of(org0009().subList(0, 1), null, DEFAULTS);
		assertThat(chart.points()).hasSize(1);
		assertThat(chart.points().get(0).x()).isEqualTo((RiskChart.PLOT_LEFT + RiskChart.PLOT_RIGHT) / 2.0);
		assertThat(chart.dateTicks()).extracting(RiskChart.Tick::text).containsExactly("Jun 2017");
	}

	@Test
	void bandsAreStripsMeetingHalfWayBetweenScoresAndNamedWithTheScoresTheyHold() {
		List<RiskChart.Band> bands = RiskChart.of(org0009(), null, DEFAULTS).bands();
		assertThat(bands).extracting(RiskChart.Band::band)
			.containsExactly(RiskBand.LOW, RiskBand.MEDIUM, RiskBand.HIGH);
		// The documents' bands: 1-6 low, 8-12 medium, 15-25 high (7, 13 and 14 are no
		// likelihood × impact).
		assertThat(bands).extracting(RiskChart.Band::lowest).containsExactly(1, 8, 15);
		assertThat(bands).extracting(RiskChart.Band::highest).containsExactly(6, 12, 25);
		assertThat(bands.get(0).bottom()).isEqualTo(RiskChart.PLOT_BOTTOM);
		assertThat(bands.get(0).top()).isEqualTo(RiskChart.round(RiskChart.yOf(7.5)));
		assertThat(bands.get(1).bottom()).isEqualTo(bands.get(0).top());
		assertThat(bands.get(1).top()).isEqualTo(RiskChart.round(RiskChart.yOf(14.5)));
		assertThat(bands.get(2).bottom()).isEqualTo(bands.get(1).top());
		assertThat(bands.get(2).top()).isEqualTo(RiskChart.PLOT_TOP);
		assertThat(bands).allSatisfy((band) -> {
			assertThat(band.labelY()).isBetween(band.top(), band.bottom());
			assertThat(band.height()).isPositive();
		});
		assertThat(bands.get(2).stripClass()).isEqualTo("waymark-risk-chart__band--high");
	}

	@Test
	void bandsFollowTheInstallationsThresholds() {
		List<RiskChart.Band> bands = RiskChart.bands(new RiskBandThresholds(5, 10));
		assertThat(bands).extracting(RiskChart.Band::lowest).containsExactly(1, 5, 10);
		assertThat(bands).extracting(RiskChart.Band::highest).containsExactly(4, 9, 25);
	}

	@Test
	void aBandNoScoreFallsInIsNamedWithoutScores() {
		// 13 and 14 are no likelihood × impact, so a medium band of 13-14 holds none.
		RiskChart.Band medium = RiskChart.bands(new RiskBandThresholds(13, 15)).get(1);
		assertThat(medium.hasScores()).isFalse();
		assertThat(medium.lowest()).isNull();
		// A thin strip still has its label inside it.
		assertThat(medium.labelY()).isBetween(medium.top(), medium.bottom());
	}

	@Test
	void possibleScoresAreTheProductsOfTwoRatings() {
		assertThat(RiskChart.possibleScores()).containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);
	}

	@Test
	void targetScoreIsADashedLineAtItsHeightLabelledBesideIt() {
		RiskChart chart = RiskChart.of(org0009(), 8, DEFAULTS);
		assertThat(chart.target().score()).isEqualTo(8);
		assertThat(chart.target().y()).isEqualTo(RiskChart.round(RiskChart.yOf(8)));
		assertThat(chart.target().labelY()).isEqualTo(RiskChart.round(chart.target().y() + 4));
		assertThat(RiskChart.of(org0009(), null, DEFAULTS).target()).isNull();
		assertThat(RiskChart.of(org0009(), 0, DEFAULTS).target()).as("a target no score can have").isNull();
		assertThat(RiskChart.of(org0009(), 26, DEFAULTS).target()).as("a target no score can have").isNull();
	}

	@Test
	void atMostSixDatesAreLabelledAndTheLatestAlwaysIs() {
		List<RiskChart.Assessment> many = new java.util.ArrayList<>();
		for (int month = 1; month <= 10; month++) {
			many.add(new RiskChart.Assessment(LocalDate.of(2018, month, 1), new RiskScore(2, 3)));
		}
		RiskChart chart = RiskChart.of(many, null, DEFAULTS);
		assertThat(chart.points()).hasSize(10);
		assertThat(chart.dateTicks()).hasSizeLessThanOrEqualTo(RiskChart.MAX_DATE_TICKS);
		assertThat(chart.dateTicks().get(chart.dateTicks().size() - 1).text()).isEqualTo("Oct 2018");
		assertThat(chart.dateTicks().get(chart.dateTicks().size() - 1).position()).isEqualTo(chart.points().get(9).x());
	}

}
