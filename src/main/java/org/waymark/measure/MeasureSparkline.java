package org.waymark.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The geometry of a measure's sparkline, a chart the size of a word for a dashboard row:
 * its latest figures joined by a line with the latest one marked, the target as a dashed
 * line and each comparator with a figure as a dotted one, on the same value scale as the
 * measure's full chart ({@link MeasureChart}). It has no axes or labels, so a page always
 * gives the figures in words beside it. Coordinates are in the SVG's own units
 * ({@link #WIDTH} by {@link #HEIGHT}), rounded to a tenth.
 *
 * @param points the figures, left to right in period order
 * @param line the points joined, as an SVG {@code points} list
 * @param target the target line, or null when there is no target figure
 * @param comparators a line for each comparator with a figure
 */
public record MeasureSparkline(List<Point> points, String line, Line target, List<Line> comparators) {

	public static final int WIDTH = 120;

	public static final int HEIGHT = 32;

	/** Space around the drawing, so the latest figure's marker is not clipped. */
	static final double PADDING = 4;

	/**
	 * The most figures drawn: the latest ones. More would not be told apart at this size;
	 * the measure's own page charts them all.
	 */
	public static final int MAX_FIGURES = 8;

	/** A plotted figure. */
	public record Point(double x, double y) {
	}

	/** A horizontal line across the sparkline at a figure, and its SVG dash pattern. */
	public record Line(double y, String dashes) {
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** Where the line's ends are drawn, for reference lines. */
	public double left() {
		return PADDING;
	}

	public double right() {
		return WIDTH - PADDING;
	}

	/** The latest figure's point, which is marked. */
	public Point latest() {
		return this.points.get(this.points.size() - 1);
	}

	/**
	 * The sparkline of the figures in period order (only the latest
	 * {@link #MAX_FIGURES}), the target and the comparators' figures, or null when there
	 * is no figure to draw.
	 */
	public static MeasureSparkline of(List<BigDecimal> figures, BigDecimal target, List<BigDecimal> comparators) {
		if (figures.isEmpty()) {
			return null;
		}
		List<BigDecimal> drawn = latest(figures);
		List<BigDecimal> all = new ArrayList<>(drawn);
		if (target != null) {
			all.add(target);
		}
		all.addAll(comparators);
		MeasureChart.Scale scale = MeasureChart.Scale.spanning(all);

		List<Point> points = new ArrayList<>();
		for (int i = 0; i < drawn.size(); i++) {
			points.add(new Point(MeasureChart.round(xOf(i, drawn.size())), y(scale, drawn.get(i))));
		}
		String line = points.stream().map((p) -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		Line targetLine = (target != null) ? new Line(y(scale, target), MeasureChart.TARGET_DASHES) : null;
		List<Line> comparatorLines = new ArrayList<>();
		for (int i = 0; i < comparators.size(); i++) {
			comparatorLines.add(new Line(y(scale, comparators.get(i)),
					MeasureChart.COMPARATOR_DASHES.get(i % MeasureChart.COMPARATOR_DASHES.size())));
		}
		return new MeasureSparkline(List.copyOf(points), line, targetLine, List.copyOf(comparatorLines));
	}

	/** The latest {@link #MAX_FIGURES} of the figures, in the order given. */
	public static <T> List<T> latest(List<T> figures) {
		return List.copyOf(figures.subList(Math.max(0, figures.size() - MAX_FIGURES), figures.size()));
	}

	/** The x of the i-th of count points: spread evenly, a single one in the middle. */
	static double xOf(int i, int count) {
		if (count == 1) {
			return WIDTH / 2.0;
		}
		return PADDING + (WIDTH - 2 * PADDING) * i / (count - 1);
	}

	private static double y(MeasureChart.Scale scale, BigDecimal value) {
		return MeasureChart.round(PADDING + (HEIGHT - 2 * PADDING) * scale.fromTop(value));
	}

}
