package org.waymark.measure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureSparklineTest {

	private static List<BigDecimal> figures(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	/** Re-referrals: 22% then 22.9%, target 20%, stat neighbour average 21.07%. */
	private static MeasureSparkline reReferrals() {
		return MeasureSparkline.of(figures("22", "22.9"), new BigDecimal("20"), figures("21.07"));
	}

	@Test
	void noFiguresNoSparkline() {
		assertThat(MeasureSparkline.of(List.of(), BigDecimal.TEN, List.of())).isNull();
	}

	@Test
	void pointsRunFromEdgeToEdgeInPeriodOrderAndTheLineJoinsThem() {
		MeasureSparkline sparkline = reReferrals();
		assertThat(sparkline.points()).extracting(MeasureSparkline.Point::x)
			.containsExactly(MeasureSparkline.PADDING, MeasureSparkline.WIDTH - MeasureSparkline.PADDING);
		assertThat(sparkline.line()).isEqualTo(sparkline.points().get(0).x() + "," + sparkline.points().get(0).y() + " "
				+ sparkline.points().get(1).x() + "," + sparkline.points().get(1).y());
		assertThat(sparkline.latest()).isEqualTo(sparkline.points().get(1));
	}

	@Test
	void aHigherFigureIsDrawnHigherUpAndTheTargetAndComparatorsOnTheSameScale() {
		MeasureSparkline sparkline = reReferrals();
		assertThat(sparkline.points().get(1).y()).isLessThan(sparkline.points().get(0).y());
		assertThat(sparkline.target().y()).isGreaterThan(sparkline.comparators().get(0).y());
		assertThat(sparkline.comparators().get(0).y()).isGreaterThan(sparkline.points().get(0).y());
	}

	@Test
	void everythingDrawnStaysInsideTheBoxWithRoomForTheMarker() {
		MeasureSparkline sparkline = MeasureSparkline.of(figures("5", "120", "60"), new BigDecimal("200"),
				figures("-10"));
		List<Double> ys = new java.util.ArrayList<>(
				sparkline.points().stream().map(MeasureSparkline.Point::y).toList());
		ys.add(sparkline.target().y());
		ys.add(sparkline.comparators().get(0).y());
		assertThat(ys).allSatisfy((y) -> assertThat(y).isBetween(MeasureSparkline.PADDING,
				MeasureSparkline.HEIGHT - MeasureSparkline.PADDING));
		assertThat(sparkline.target().y()).as("the highest thing drawn is at the top")
			.isLessThan(sparkline.points().stream().mapToDouble(MeasureSparkline.Point::y).min().orElseThrow());
	}

	@Test
	void targetIsDashedAndComparatorsDottedEachInTurn() {
		MeasureSparkline sparkline = MeasureSparkline.of(figures("1", "2"), new BigDecimal("3"), figures("1.5", "2.5"));
		assertThat(sparkline.target().dashes()).isEqualTo(MeasureChart.TARGET_DASHES);
		assertThat(sparkline.comparators()).extracting(MeasureSparkline.Line::dashes)
			.containsExactly(MeasureChart.COMPARATOR_DASHES.get(0), MeasureChart.COMPARATOR_DASHES.get(1));
	}

	@Test
	void withoutTargetOrComparatorsOnlyTheFiguresAreDrawn() {
		MeasureSparkline sparkline = MeasureSparkline.of(figures("4"), null, List.of());
		assertThat(sparkline.target()).isNull();
		assertThat(sparkline.comparators()).isEmpty();
		assertThat(sparkline.points()).singleElement().satisfies((point) -> {
			assertThat(point.x()).as("a single figure sits in the middle").isEqualTo(MeasureSparkline.WIDTH / 2.0);
			assertThat(point.y()).isBetween(MeasureSparkline.PADDING,
					MeasureSparkline.HEIGHT - MeasureSparkline.PADDING);
		});
	}

	@Test
	void onlyTheLatestFiguresAreDrawn() {
		List<BigDecimal> twelve = IntStream.rangeClosed(1, 12).mapToObj(BigDecimal::valueOf).toList();
		assertThat(MeasureSparkline.latest(twelve)).hasSize(MeasureSparkline.MAX_FIGURES)
			.startsWith(BigDecimal.valueOf(5))
			.endsWith(BigDecimal.valueOf(12));
		MeasureSparkline sparkline = MeasureSparkline.of(twelve, null, List.of());
		assertThat(sparkline.points()).hasSize(MeasureSparkline.MAX_FIGURES);
		assertThat(MeasureSparkline.latest(figures("1", "2"))).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2));
	}

	@Test
	void theArrowRepeatsWhichWayTheFigureMovedAndIsLeftOutWhenNotComparable() {
		assertThat(MeasureTrend.arrow(DirectionOfTravel.IMPROVED, false)).isEqualTo("\u2193");
		assertThat(MeasureTrend.arrow(DirectionOfTravel.DETERIORATED, true)).isEqualTo("\u2191");
		assertThat(MeasureTrend.arrow(DirectionOfTravel.SAME, false)).isEqualTo("\u2192");
		assertThat(MeasureTrend.arrow(DirectionOfTravel.NOT_COMPARABLE, true)).isEmpty();
	}

}
