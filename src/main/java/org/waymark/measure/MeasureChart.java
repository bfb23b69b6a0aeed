package org.waymark.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a measure's line chart, worked out here so the template only draws it:
 * a point for each figure in period order joined by a line, the target as a dashed line
 * and each comparator with a figure as a dotted line, each labelled at the right-hand
 * end, and the axes with their ticks. Coordinates are in the SVG's own units
 * ({@link #WIDTH} by {@link #HEIGHT}), rounded to a tenth.
 * <p>
 * Lines differ by dash pattern and by their labels, never by colour alone, so the chart
 * reads in greyscale and in print. The value axis spans the figures, the target and the
 * comparators with round-numbered ticks; it does not start at zero, because a line chart
 * is read for its changes (the table beside it gives every figure).
 *
 * @param points the figures, left to right in period order
 * @param line the points joined, as an SVG {@code points} list
 * @param valueTicks the value axis's ticks, bottom to top
 * @param periodTicks the period axis's labelled ticks (at most {@link #MAX_PERIOD_TICKS})
 * @param target the target line, or null when there is no target figure
 * @param comparators a line for each comparator with a figure
 */
public record MeasureChart(List<Point> points, String line, List<Tick> valueTicks, List<Tick> periodTicks,
		ReferenceLine target, List<ReferenceLine> comparators) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 320;

	public static final int PLOT_LEFT = 64;

	public static final int PLOT_RIGHT = 460;

	public static final int PLOT_TOP = 32;

	public static final int PLOT_BOTTOM = 268;

	/** Where reference lines' labels start, right of the plot. */
	public static final int LABEL_X = PLOT_RIGHT + 8;

	/** The least vertical distance between two reference lines' labels. */
	static final double LABEL_SPACING = 14;

	/** The most period labels drawn; the others are left out so none overlap. */
	static final int MAX_PERIOD_TICKS = 6;

	/** Characters of a comparator's label shown on the chart; the rest is elided. */
	static final int MAX_LABEL_LENGTH = 22;

	/** Space either side of the first and last points. */
	static final double PLOT_PADDING = 16;

	static final String TARGET_DASHES = "8 4";

	/** The comparators' dotted patterns, in turn. */
	static final List<String> COMPARATOR_DASHES = List.of("2 3", "1 5", "6 3 2 3");

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	/**
	 * One figure to chart.
	 *
	 * @param periodLabel the period as written
	 * @param periodEnd the period's last day, or null
	 * @param value the figure
	 */
	public record Figure(String periodLabel, LocalDate periodEnd, BigDecimal value) {
	}

	/**
	 * A comparator to draw.
	 *
	 * @param label what it is, as written
	 * @param value its figure
	 */
	public record Benchmark(String label, BigDecimal value) {
	}

	/**
	 * A plotted figure.
	 *
	 * @param periodLabel the period as written, for the point's own title
	 */
	public record Point(double x, double y, String periodLabel, MeasureAmount amount) {
	}

	/** A tick on an axis and its text; for the value axis {@code position} is a y. */
	public record Tick(double position, String text) {
	}

	/**
	 * A horizontal line across the plot at a figure.
	 *
	 * @param label the comparator's label as written, or null for the target (whose label
	 * is a message)
	 * @param shortLabel the label as drawn, elided when long
	 * @param labelY where its label's baseline is, moved so that labels do not overlap
	 * @param dashes the line's SVG dash pattern
	 */
	public record ReferenceLine(double y, String label, String shortLabel, double labelY, String dashes,
			MeasureAmount amount) {
	}

	// The layout, for the template.

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int plotLeft() {
		return PLOT_LEFT;
	}

	public int plotRight() {
		return PLOT_RIGHT;
	}

	public int plotTop() {
		return PLOT_TOP;
	}

	public int plotBottom() {
		return PLOT_BOTTOM;
	}

	public int labelX() {
		return LABEL_X;
	}

	/** The first point's period, for the chart's description. */
	public String firstPeriod() {
		return this.points.get(0).periodLabel();
	}

	/** The last point's period, for the chart's description. */
	public String lastPeriod() {
		return this.points.get(this.points.size() - 1).periodLabel();
	}

	/**
	 * The chart of the figures (in period order), the target and the comparators, or null
	 * when there is no figure to chart.
	 */
	public static MeasureChart of(List<Figure> figures, BigDecimal target, List<Benchmark> benchmarks,
			MeasureUnit unit) {
		if (figures.isEmpty()) {
			return null;
		}
		List<BigDecimal> all = new ArrayList<>(figures.stream().map(Figure::value).toList());
		if (target != null) {
			all.add(target);
		}
		benchmarks.forEach((benchmark) -> all.add(benchmark.value()));
		Scale scale = Scale.spanning(all);

		List<Point> points = new ArrayList<>();
		List<Tick> periodTicks = new ArrayList<>();
		int count = figures.size();
		int every = (count + MAX_PERIOD_TICKS - 1) / MAX_PERIOD_TICKS;
		for (int i = 0; i < count; i++) {
			Figure figure = figures.get(i);
			double x = round(xOf(i, count));
			points.add(new Point(x, round(scale.y(figure.value())), figure.periodLabel(),
					MeasureAmount.of(figure.value(), unit)));
			// Counted from the right, so the latest period is always labelled.
			if ((count - 1 - i) % every == 0) {
				periodTicks.add(new Tick(x, periodText(figure)));
			}
		}
		String line = points.stream().map((p) -> p.x() + "," + p.y()).collect(Collectors.joining(" "));

		List<Tick> valueTicks = scale.ticks()
			.stream()
			.map((tick) -> new Tick(round(scale.y(tick)), text(tick)))
			.toList();

		List<Labelled> labelled = new ArrayList<>();
		if (target != null) {
			labelled.add(new Labelled(scale.y(target), null, TARGET_DASHES, MeasureAmount.of(target, unit)));
		}
		for (int i = 0; i < benchmarks.size(); i++) {
			Benchmark benchmark = benchmarks.get(i);
			labelled.add(new Labelled(scale.y(benchmark.value()), benchmark.label(),
					COMPARATOR_DASHES.get(i % COMPARATOR_DASHES.size()), MeasureAmount.of(benchmark.value(), unit)));
		}
		List<ReferenceLine> lines = spreadLabels(labelled);
		ReferenceLine targetLine = (target != null) ? lines.get(0) : null;
		List<ReferenceLine> comparatorLines = (target != null) ? lines.subList(1, lines.size()) : lines;
		return new MeasureChart(List.copyOf(points), line, valueTicks, List.copyOf(periodTicks), targetLine,
				List.copyOf(comparatorLines));
	}

	/** The x of the i-th of count points: spread evenly, a single one in the middle. */
	static double xOf(int i, int count) {
		if (count == 1) {
			return (PLOT_LEFT + PLOT_RIGHT) / 2.0;
		}
		double span = PLOT_RIGHT - PLOT_LEFT - 2 * PLOT_PADDING;
		return PLOT_LEFT + PLOT_PADDING + span * i / (count - 1);
	}

	private static String periodText(Figure figure) {
		if (figure.periodEnd() != null) {
			return MONTH_YEAR.format(figure.periodEnd());
		}
		return elide(figure.periodLabel(), 12);
	}

	/**
	 * Gives each line a label position at its own height where it can, moving labels down
	 * (then, at the bottom edge, up) just enough that no two are closer than
	 * {@link #LABEL_SPACING}. Answers the lines in the order given.
	 */
	private static List<ReferenceLine> spreadLabels(List<Labelled> lines) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> lines.get(i).y()).thenComparing((i) -> i));
		double[] labelY = new double[lines.size()];
		double previous = Double.NEGATIVE_INFINITY;
		for (int i : order) {
			labelY[i] = Math.max(lines.get(i).y() + 4, previous + LABEL_SPACING);
			previous = labelY[i];
		}
		double limit = HEIGHT - 4;
		for (int k = order.size() - 1; k >= 0; k--) {
			int i = order.get(k);
			labelY[i] = Math.min(labelY[i], limit);
			limit = labelY[i] - LABEL_SPACING;
		}
		List<ReferenceLine> placed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Labelled line = lines.get(i);
			placed.add(new ReferenceLine(round(line.y()), line.label(),
					(line.label() != null) ? elide(line.label(), MAX_LABEL_LENGTH) : null, round(labelY[i]),
					line.dashes(), line.amount()));
		}
		return placed;
	}

	static String elide(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		return text.substring(0, length - 1).strip() + "\u2026";
	}

	private static String text(BigDecimal number) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
		format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
		return format.format(number);
	}

	static double round(double coordinate) {
		return Math.round(coordinate * 10) / 10.0;
	}

	private record Labelled(double y, String label, String dashes, MeasureAmount amount) {
	}

	/** The value axis: from a round number below the figures to one above them. */
	record Scale(BigDecimal low, BigDecimal high, BigDecimal step) {

		/** About this many intervals between ticks. */
		static final int INTERVALS = 4;

		static Scale spanning(List<BigDecimal> values) {
			BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
			BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
			BigDecimal range = max.subtract(min);
			if (range.signum() == 0) {
				// One figure (or all equal): a band around it a fifth of its size, or of
				// 1.
				BigDecimal half = (max.signum() == 0) ? BigDecimal.ONE : max.abs().divide(BigDecimal.TEN);
				min = min.subtract(half);
				max = max.add(half);
				range = max.subtract(min);
			}
			BigDecimal step = niceStep(range.doubleValue() / INTERVALS);
			BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
			BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
			if (low.compareTo(high) == 0) {
				high = high.add(step);
			}
			return new Scale(low, high, step);
		}

		/** 1, 2, 2.5 or 5 times a power of ten, the smallest at least the raw step. */
		static BigDecimal niceStep(double raw) {
			int exponent = (int) Math.floor(Math.log10(raw));
			double fraction = raw / Math.pow(10, exponent);
			BigDecimal nice = (fraction <= 1) ? BigDecimal.ONE
					: (fraction <= 2) ? BigDecimal.valueOf(2) : (fraction <= 2.5) ? new BigDecimal("2.5")
							: (fraction <= 5) ? BigDecimal.valueOf(5) : BigDecimal.TEN;
			return nice.scaleByPowerOfTen(exponent).stripTrailingZeros();
		}

		List<BigDecimal> ticks() {
			List<BigDecimal> ticks = new ArrayList<>();
			for (BigDecimal tick = this.low; tick.compareTo(this.high) <= 0; tick = tick.add(this.step)) {
				ticks.add(tick.stripTrailingZeros());
			}
			return ticks;
		}

		double y(BigDecimal value) {
			return PLOT_TOP + (PLOT_BOTTOM - PLOT_TOP) * fromTop(value);
		}

		/**
		 * How far down the axis a value sits: 0 at the top ({@code high}), 1 at the
		 * bottom ({@code low}). The sparkline shares the scale and draws at its own size.
		 */
		double fromTop(BigDecimal value) {
			return this.high.subtract(value).doubleValue() / this.high.subtract(this.low).doubleValue();
		}

	}

}
