package org.waymark.dashboard;

import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * The first few points of a report section, for showing several programmes side by side:
 * each bullet point or paragraph line is a point, and the reader follows a link to the
 * report for the rest.
 *
 * @param nilReturn whether the section was marked nil return
 * @param points the first points, in order
 * @param more how many points were left out
 * @param shortened whether a point shown was cut short
 */
public record Excerpt(boolean nilReturn, List<String> points, int more, boolean shortened) {

	/** Points longer than this are cut at a word and end with an ellipsis. */
	static final int POINT_LENGTH = 200;

	static final Excerpt EMPTY = new Excerpt(false, List.of(), 0, false);

	public Excerpt {
		points = List.copyOf(points);
	}

	static Excerpt of(String body, boolean nilReturn, int max) {
		if (nilReturn) {
			return new Excerpt(true, List.of(), 0, false);
		}
		List<String> all = Excerpts.points(body);
		List<String> shown = all.subList(0, Math.min(max, all.size()));
		List<String> points = shown.stream().map((point) -> Excerpts.shorten(point, POINT_LENGTH)).toList();
		return new Excerpt(false, points, Math.max(0, all.size() - max), !points.equals(shown));
	}

	/** Whether the report says more than is shown. */
	public boolean hasMore() {
		return this.more > 0 || this.shortened;
	}

	public boolean isEmpty() {
		return !this.nilReturn && this.points.isEmpty();
	}

}
