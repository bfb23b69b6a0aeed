package org.waymark.dashboard;

import org.waymark.shared.FormattedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens what a report says to fit a one-page summary: the first items of a section,
 * each cut at a word before a length, marked with an ellipsis where it was cut.
 */
final class Excerpts {

	static final String ELLIPSIS = "\u2026";

	private Excerpts() {
	}

	/**
	 * The first points of the text, each shortened.
	 */
	static List<String> firstItems(String text, int count, int maxLength) {
		return points(text).stream().limit(count).map((point) -> shorten(point, maxLength)).toList();
	}

	/**
	 * What a report section says, point by point, as the dashboards count and show it:
	 * each list item is a point, and so is each paragraph (its lines joined).
	 */
	static List<String> points(String text) {
		List<String> points = new ArrayList<>();
		for (FormattedText.Block block : FormattedText.of(text).blocks()) {
			if (block.list()) {
				block.lines().stream().filter((line) -> !line.isBlank()).forEach(points::add);
			}
			else if (!String.join("", block.lines()).isBlank()) {
				points.add(String.join(" ", block.lines()));
			}
		}
		return points;
	}

	/**
	 * The text cut at the last space before the length (or at the length, for a long
	 * word), with an ellipsis; as it is when short enough. Null stays null.
	 */
	static String shorten(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= maxLength) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', maxLength);
		String kept = flat.substring(0, (cut > maxLength / 2) ? cut : maxLength).strip();
		while (!kept.isEmpty() && ",;:.-\u2013".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
			kept = kept.substring(0, kept.length() - 1);
		}
		return kept + ELLIPSIS;
	}

}
