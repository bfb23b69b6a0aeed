package org.waymark.risk;

import org.waymark.shared.DisplayDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a risk's score history chart, worked out here so the template only
 * draws it: a point for each assessment, oldest first, joined by a line; the score axis
 * from 0 to 25 with the risk bands drawn behind as labelled horizontal strips; the target
 * score, if set, as a dashed line labelled at the right. Coordinates are in the SVG's own
 * units ({@link #WIDTH} by {@link #HEIGHT}), rounded to a tenth.
 * <p>
 * The assessments are spread evenly across the plot in date order, each labelled with its
 * month, rather than placed on a time scale: assessments come at irregular intervals
 * (ORG0009's two are two years apart) and two on one day would otherwise overlap. The
 * bands are named in words on the chart and every score is in the table beside it, so the
 * colours only repeat what the words say.
 *
 * @param points the assessments, left to right in date order
 * @param line the points joined, as an SVG {@code points} list
 * @param scoreTicks the score axis's ticks, bottom to top
 * @param dateTicks the date axis's labelled ticks (at most {@link #MAX_DATE_TICKS})
 * @param bands the three bands as strips, low first
 * @param target the target line, or null when no target score is set
 */
public record RiskChart(List<Point> points, String line, List<Tick> scoreTicks, List<Tick> dateTicks, List<Band> bands,
		TargetLine target) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 320;

	public static final int PLOT_LEFT = 56;

	public static final int PLOT_RIGHT = 540;

	public static final int PLOT_TOP = 24;

	public static final int PLOT_BOTTOM = 264;

	/** Where the target line's label starts, right of the plot. */
	public static final int LABEL_X = PLOT_RIGHT + 8;

	/** The most date labels drawn; the others are left out so none overlap. */
	static final int MAX_DATE_TICKS = 6;

	/** Space either side of the first and last points. */
	static final double PLOT_PADDING = 24;

	static final int SCORE_TICK_STEP = 5;

	static final String TARGET_DASHES = "8 4";

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	/** One assessment to chart. */
	public record Assessment(LocalDate on, RiskScore score) {
	}

	/**
	 * A plotted assessment.
	 *
	 * @param date the day it was assessed, written out, for the point's own title
	 */
	public record Point(double x, double y, String date, RiskScore score, RiskBand band) {
	}

	/** A tick on an axis and its text; for the score axis {@code position} is a y. */
	public record Tick(double position, String text) {
	}

	/**
	 * A band as a strip across the plot, from {@code top} to {@code bottom} (SVG y, so
	 * top is the smaller). Its label is drawn inside the strip's top right-hand corner.
	 *
	 * @param lowest the lowest score a risk can have in the band (likelihood × impact),
	 * or null when no score falls in it
	 * @param highest the highest such score, or null
	 */
	public record Band(RiskBand band, double top, double bottom, double labelY, Integer lowest, Integer highest) {

		public double height() {
			return round(this.bottom - this.top);
		}

		public boolean hasScores() {
			return this.lowest != null;
		}

		/** The band's strip class, for its fill; the label says which band it is. */
		public String stripClass() {
			return "waymark-risk-chart__band--" + this.band.name().toLowerCase(Locale.ROOT);
		}

	}

	/** The target score as a horizontal line, labelled at {@code labelY}. */
	public record TargetLine(double y, int score, double labelY) {
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

	/** The first assessment's day, written out, for the chart's description. */
	public String firstDate() {
		return this.points.get(0).date();
	}

	/** The latest assessment's day, written out, for the chart's description. */
	public String lastDate() {
		return this.points.get(this.points.size() - 1).date();
	}

	/**
	 * The chart of the assessments (in any order: they are put in date order, keeping the
	 * given order within a day), or null when there is none.
	 * @param targetScore the target score, or null; one outside 1 to 25 is not drawn
	 */
	public static RiskChart of(List<Assessment> assessments, Integer targetScore, RiskBandThresholds thresholds) {
		if (assessments.isEmpty()) {
			return null;
		}
		List<Assessment> ordered = assessments.stream().sorted((a, b) -> a.on().compareTo(b.on())).toList();
		List<Point> points = new ArrayList<>();
		List<Tick> dateTicks = new ArrayList<>();
		int count = ordered.size();
		int every = (count + MAX_DATE_TICKS - 1) / MAX_DATE_TICKS;
		for (int i = 0; i < count; i++) {
			Assessment assessment = ordered.get(i);
			double x = round(xOf(i, count));
			points.add(new Point(x, round(yOf(assessment.score().value())), DisplayDates.format(assessment.on()),
					assessment.score(), assessment.score().band(thresholds)));
			// Counted from the right, so the latest assessment is always labelled.
			if ((count - 1 - i) % every == 0) {
				dateTicks.add(new Tick(x, MONTH_YEAR.format(assessment.on())));
			}
		}
		String line = points.stream().map((p) -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		List<Tick> scoreTicks = new ArrayList<>();
		for (int score = 0; score <= RiskScore.MAX_VALUE; score += SCORE_TICK_STEP) {
			scoreTicks.add(new Tick(round(yOf(score)), Integer.toString(score)));
		}
		TargetLine target = null;
		if (targetScore != null && targetScore >= RiskScore.MIN_VALUE && targetScore <= RiskScore.MAX_VALUE) {
			double y = round(yOf(targetScore));
			target = new TargetLine(y, targetScore, round(y + 4));
		}
		return new RiskChart(List.copyOf(points), line, List.copyOf(scoreTicks), List.copyOf(dateTicks),
				bands(thresholds), target);
	}

	/**
	 * The bands as strips. Scores are whole numbers, so a band's edge is drawn half way
	 * between its lowest score and the one below it; the low band runs down to the axis.
	 */
	static List<Band> bands(RiskBandThresholds thresholds) {
		double lowTop = yOf(thresholds.mediumFrom() - 0.5);
		double mediumTop = yOf(thresholds.highFrom() - 0.5);
		return List.of(band(RiskBand.LOW, lowTop, PLOT_BOTTOM, RiskScore.MIN_VALUE, thresholds.mediumFrom() - 1),
				band(RiskBand.MEDIUM, mediumTop, lowTop, thresholds.mediumFrom(), thresholds.highFrom() - 1),
				band(RiskBand.HIGH, PLOT_TOP, mediumTop, thresholds.highFrom(), RiskScore.MAX_VALUE));
	}

	private static Band band(RiskBand band, double top, double bottom, int from, int to) {
		List<Integer> scores = possibleScores().stream().filter((s) -> s >= from && s <= to).toList();
		// The label sits just inside the strip's top; in a strip too thin for it, just
		// above the strip's bottom.
		double labelY = Math.min(top + 14, bottom - 3);
		return new Band(band, round(top), round(bottom), round(labelY), scores.isEmpty() ? null : scores.get(0),
				scores.isEmpty() ? null : scores.get(scores.size() - 1));
	}

	/** Every score likelihood × impact can give, in order: 1, 2, 3, 4, 5, 6, 8 … 25. */
	static List<Integer> possibleScores() {
		List<Integer> scores = new ArrayList<>();
		for (int score = RiskScore.MIN_VALUE; score <= RiskScore.MAX_VALUE; score++) {
			for (int likelihood = RiskScore.MIN_RATING; likelihood <= RiskScore.MAX_RATING; likelihood++) {
				if (score % likelihood == 0 && score / likelihood <= RiskScore.MAX_RATING) {
					scores.add(score);
					break;
				}
			}
		}
		return scores;
	}

	/** The x of the i-th of count points: spread evenly, a single one in the middle. */
	static double xOf(int i, int count) {
		if (count == 1) {
			return (PLOT_LEFT + PLOT_RIGHT) / 2.0;
		}
		double span = PLOT_RIGHT - PLOT_LEFT - 2 * PLOT_PADDING;
		return PLOT_LEFT + PLOT_PADDING + span * i / (count - 1);
	}

	/** The y of a score: 0 at the bottom of the plot, 25 at the top. */
	static double yOf(double score) {
		return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * score / RiskScore.MAX_VALUE;
	}

	static double round(double coordinate) {
		return Math.round(coordinate * 10) / 10.0;
	}

}
