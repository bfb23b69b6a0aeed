package org.waymark.measure;

import java.util.List;

/**
 * One measure as a dashboard shows it: its latest published value, its latest figures
 * drawn as a sparkline and written out, the direction of travel between the latest two
 * figures, and the latest figure against the target.
 *
 * @param id the measure, for the link to its page
 * @param heading the heading it is grouped under, or null
 * @param targetText the target as worded, or null
 * @param target the target figure, or null
 * @param latest the latest published value, figure or not, or null when there is none
 * @param figures the figures the sparkline draws, earliest first (at most
 * {@link MeasureSparkline#MAX_FIGURES}); the sparkline's text alternative
 * @param sparkline the figures drawn, or null when there is no figure
 * @param direction between the latest two figures
 * @param arrow an arrow repeating which way the latest figure moved (up, down, level),
 * empty when the direction is not comparable; the words carry the meaning
 * @param rating the latest figure against the target
 */
public record MeasureTrend(long id, String heading, String name, String targetText, MeasureAmount target,
		List<MeasureComparison> comparators, ReportedValue latest, List<Figure> figures, MeasureSparkline sparkline,
		DirectionOfTravel direction, String arrow, TargetRating rating) {

	/**
	 * A figure written out.
	 *
	 * @param period the period as written, or null
	 */
	public record Figure(String period, MeasureAmount amount) {
	}

	/** The arrow for a direction of travel, given whether the figure rose. */
	static String arrow(DirectionOfTravel direction, boolean rose) {
		return switch (direction) {
			case SAME -> "\u2192";
			case NOT_COMPARABLE -> "";
			case IMPROVED, DETERIORATED -> rose ? "\u2191" : "\u2193";
		};
	}

}
