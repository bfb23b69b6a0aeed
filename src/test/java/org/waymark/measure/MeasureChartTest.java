package org.waymark.measure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasureChartTest {

	private static MeasureChart.Figure figure(String period, LocalDate end, String value) {
		return new MeasureChart.Figure(period, end, new BigDecimal(value));
	}

	/** Re-referrals: 22% then 22.9%, stat neighbour average 21.07%, target 20%. */
	private static MeasureChart reReferrals() {
		return MeasureChart.of(
				List.of(figure("rolling 12 months September 2017", LocalDate.of(2017, 9, 30), "22"),
						figure("rolling 12 months December 2017", LocalDate.of(2017, 12, 31), "22.9")),
				new BigDecimal("20"),
				List.of(new MeasureChart.Benchmark("Stat Neighbour Average", new BigDecimal("21.07"))),
				MeasureUnit.PERCENT);
	}

	@Test
	void noFiguresNoChart() {
		assertThat(MeasureChart.of(List.of(), BigDecimal.TEN, List.of(), MeasureUnit.COUNT)).isNull();
	}

	@Test
	void pointsRunLeftToRightInPeriodOrderAcrossThePlot() {
		MeasureChart chart = reReferrals();
		assertThat(chart.points()).extracting(MeasureChart.Point::x)
			.containsExactly(MeasureChart.PLOT_LEFT + MeasureChart.PLOT_PADDING,
					MeasureChart.PLOT_RIGHT - MeasureChart.PLOT_PADDING);
		assertThat(chart.line()).isEqualTo(chart.points().get(0).x() + "," + chart.points().get(0).y() + " "
				+ chart.points().get(1).x() + "," + chart.points().get(1).y());
		assertThat(chart.points().get(1).amount())
			.isEqualTo(new MeasureAmount(new BigDecimal("22.9"), "unit.value.PERCENT"));
	}

	@Test
	void aHigherFigureIsDrawnHigherUp() {
		MeasureChart chart = reReferrals();
		assertThat(chart.points().get(1).y()).isLessThan(chart.points().get(0).y());
		assertThat(chart.target().y()).isGreaterThan(chart.comparators().get(0).y());
		assertThat(chart.comparators().get(0).y()).isGreaterThan(chart.points().get(0).y());
	}

	@Test
	void valueAxisRunsFromARoundNumberBelowEverythingDrawnToOneAbove() {
		MeasureChart chart = reReferrals();
		// 20 to 22.9 in about four steps: 1s, from 20 to 23.
		assertThat(chart.valueTicks()).extracting(MeasureChart.Tick::text).containsExactly("20", "21", "22", "23");
		assertThat(chart.valueTicks().get(0).position()).isEqualTo(MeasureChart.PLOT_BOTTOM);
		assertThat(chart.valueTicks().get(3).position()).isEqualTo(MeasureChart.PLOT_TOP);
		// The target sits on the bottom tick; 22.9 nine tenths of the way from 22 to 23.
		assertThat(chart.target().y()).isEqualTo(MeasureChart.PLOT_BOTTOM);
		double step = (MeasureChart.PLOT_BOTTOM - MeasureChart.PLOT_TOP) / 3.0;
		assertThat(chart.points().get(1).y()).isCloseTo(MeasureChart.PLOT_BOTTOM - 2.9 * step, within(0.06));
	}

	@Test
	void ticksAreRoundNumbersWrittenWithoutFloatingPointNoise() {
		MeasureChart chart = MeasureChart.of(
				List.of(figure("Q1", null, "0.1"), figure("Q2", null, "0.2"), figure("Q3", null, "0.3")), null,
				List.of(), MeasureUnit.SCORE);
		assertThat(chart.valueTicks()).extracting(MeasureChart.Tick::text)
			.containsExactly("0.1", "0.15", "0.2", "0.25", "0.3");
		MeasureChart large = MeasureChart.of(List.of(figure("2017", null, "1815"), figure("2018", null, "2300")), null,
				List.of(), MeasureUnit.COUNT);
		assertThat(large.valueTicks()).extracting(MeasureChart.Tick::text)
			.containsExactly("1,800", "2,000", "2,200", "2,400");
	}

	@Test
	void aSingleFigureIsCentredWithABandAroundIt() {
		MeasureChart chart = MeasureChart.of(List.of(figure("December 2017", LocalDate.of(2017, 12, 31), "50")), null,
				List.of(), MeasureUnit.PERCENT);
		assertThat(chart.points()).singleElement()
			.satisfies((point) -> assertThat(point.x())
				.isEqualTo((MeasureChart.PLOT_LEFT + MeasureChart.PLOT_RIGHT) / 2.0));
		assertThat(chart.valueTicks().get(0).text()).isEqualTo("45");
		assertThat(chart.valueTicks().get(chart.valueTicks().size() - 1).text()).isEqualTo("55");
		assertThat(chart.line()).doesNotContain(" ");
	}

	@Test
	void allFiguresZeroStillGiveAnAxis() {
		MeasureChart chart = MeasureChart.of(List.of(figure("Q1", null, "0"), figure("Q2", null, "0")), null, List.of(),
				MeasureUnit.COUNT);
		assertThat(chart.valueTicks()).extracting(MeasureChart.Tick::text).contains("-1", "0", "1");
		assertThat(chart.points()).allSatisfy((point) -> assertThat(point.y())
			.isStrictlyBetween((double) MeasureChart.PLOT_TOP, (double) MeasureChart.PLOT_BOTTOM));
	}

	@Test
	void targetIsDashedAndComparatorsDottedEachInTheirOwnPattern() {
		List<MeasureChart.Benchmark> benchmarks = List.of(new MeasureChart.Benchmark("England", BigDecimal.ONE),
				new MeasureChart.Benchmark("South West", new BigDecimal("2")),
				new MeasureChart.Benchmark("Stat neighbours", BigDecimal.TEN));
		MeasureChart chart = MeasureChart.of(List.of(figure("Q1", null, "5")), new BigDecimal("7"), benchmarks,
				MeasureUnit.COUNT);
		assertThat(chart.target().dashes()).isEqualTo(MeasureChart.TARGET_DASHES);
		assertThat(chart.target().label()).isNull();
		assertThat(chart.comparators()).extracting(MeasureChart.ReferenceLine::dashes)
			.containsExactlyElementsOf(MeasureChart.COMPARATOR_DASHES)
			.doesNotContain(MeasureChart.TARGET_DASHES)
			.doesNotHaveDuplicates();
		assertThat(chart.comparators()).extracting(MeasureChart.ReferenceLine::label)
			.containsExactly("England", "South West", "Stat neighbours");
	}

	@Test
	void labelsOfLinesCloseTogetherAreMovedApartAndKeptInsideTheChart() {
		List<MeasureChart.Benchmark> benchmarks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			benchmarks.add(new MeasureChart.Benchmark("Comparator " + i, new BigDecimal("10.0" + i)));
		}
		MeasureChart chart = MeasureChart.of(List.of(figure("Q1", null, "10"), figure("Q2", null, "20")),
				new BigDecimal("10"), benchmarks, MeasureUnit.COUNT);
		List<Double> labels = new ArrayList<>();
		labels.add(chart.target().labelY());
		chart.comparators().forEach((line) -> labels.add(line.labelY()));
		List<Double> sorted = labels.stream().sorted().toList();
		for (int i = 1; i < sorted.size(); i++) {
			assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(MeasureChart.LABEL_SPACING - 0.1);
		}
		assertThat(sorted.get(sorted.size() - 1)).isLessThanOrEqualTo(MeasureChart.HEIGHT);
	}

	@Test
	void longComparatorLabelsAreElidedOnTheChartButKeptWhole() {
		String label = "Statistical neighbour average for the same period";
		MeasureChart chart = MeasureChart.of(List.of(figure("Q1", null, "1")), null,
				List.of(new MeasureChart.Benchmark(label, BigDecimal.TEN)), MeasureUnit.COUNT);
		assertThat(chart.comparators().get(0).label()).isEqualTo(label);
		assertThat(chart.comparators().get(0).shortLabel()).hasSizeLessThanOrEqualTo(MeasureChart.MAX_LABEL_LENGTH)
			.endsWith("\u2026");
	}

	@Test
	void periodAxisLabelsAtMostSixPeriodsAlwaysIncludingTheLatest() {
		List<MeasureChart.Figure> figures = new ArrayList<>();
		LocalDate end = LocalDate.of(2015, 6, 30);
		for (int i = 0; i < 20; i++) {
			figures.add(figure("Quarter " + i, end.plusMonths(3L * i), String.valueOf(i)));
		}
		MeasureChart chart = MeasureChart.of(figures, null, List.of(), MeasureUnit.COUNT);
		assertThat(chart.periodTicks()).hasSizeLessThanOrEqualTo(MeasureChart.MAX_PERIOD_TICKS);
		assertThat(chart.periodTicks().get(chart.periodTicks().size() - 1).text()).isEqualTo("Mar 2020");
		assertThat(chart.periodTicks().get(chart.periodTicks().size() - 1).position())
			.isEqualTo(chart.points().get(19).x());
	}

	@Test
	void aPeriodWithoutAnEndDateIsLabelledByItsWords() {
		MeasureChart chart = MeasureChart.of(List.of(figure("2016/17", null, "81")), null, List.of(),
				MeasureUnit.PERCENT);
		assertThat(chart.periodTicks()).extracting(MeasureChart.Tick::text).containsExactly("2016/17");
	}

}
