package org.waymark.dashboard;

import org.waymark.shared.FormattedText;

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
	 * The first lines of the text (list items or paragraph lines), each shortened.
	 */
	static List<String> firstItems(String text, int count, int maxLength) {
		return FormattedText.of(text)
			.blocks()
			.stream()
			.flatMap((block) -> block.lines().stream())
			.filter((line) -> !line.isBlank())
			.limit(count)
			.map((line) -> shorten(line, maxLength))
			.toList();
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
