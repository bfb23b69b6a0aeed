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
 */
public record Excerpt(boolean nilReturn, List<String> points, int more) {

	static final Excerpt EMPTY = new Excerpt(false, List.of(), 0);

	public Excerpt {
		points = List.copyOf(points);
	}

	static Excerpt of(String body, boolean nilReturn, int max) {
		if (nilReturn) {
			return new Excerpt(true, List.of(), 0);
		}
		List<String> all = FormattedText.of(body)
			.blocks()
			.stream()
			.flatMap((block) -> block.lines().stream())
			.filter((line) -> !line.isBlank())
			.toList();
		return new Excerpt(false, all.subList(0, Math.min(max, all.size())), Math.max(0, all.size() - max));
	}

	public boolean isEmpty() {
		return !this.nilReturn && this.points.isEmpty();
	}

}
