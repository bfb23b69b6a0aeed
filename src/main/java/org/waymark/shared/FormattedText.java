package org.waymark.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text as people type it, read into paragraphs and bulleted lists so that pages can
 * show it without ever treating it as markup. A blank line ends a paragraph; consecutive
 * lines that start with "- " (or "• ", as the papers print them) form a list; an indented
 * line straight after a bullet continues that bullet; any other line break inside a
 * paragraph is kept.
 *
 * @param blocks the paragraphs and lists, in order
 */
public record FormattedText(List<Block> blocks) {

	private static final Pattern BULLET = Pattern.compile("^\\s*[-\u2022]\\s+(.*)$");

	private static final FormattedText EMPTY = new FormattedText(List.of());

	public FormattedText {
		blocks = List.copyOf(blocks);
	}

	/**
	 * A paragraph (its lines, shown with line breaks between them) or a bulleted list
	 * (its items).
	 *
	 * @param list whether this block is a bulleted list
	 * @param lines the paragraph's lines or the list's items
	 */
	public record Block(boolean list, List<String> lines) {

		public Block {
			lines = List.copyOf(lines);
		}

	}

	public static FormattedText of(String text) {
		if (text == null || text.isBlank()) {
			return EMPTY;
		}
		List<Block> blocks = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		boolean inList = false;
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.stripTrailing();
			Matcher bullet = BULLET.matcher(line);
			if (line.isBlank()) {
				close(blocks, inList, lines);
			}
			else if (bullet.matches()) {
				if (!inList) {
					close(blocks, false, lines);
					inList = true;
				}
				lines.add(bullet.group(1).strip());
			}
			else if (inList && !lines.isEmpty() && Character.isWhitespace(line.charAt(0))) {
				int last = lines.size() - 1;
				lines.set(last, lines.get(last) + " " + line.strip());
			}
			else {
				if (inList) {
					close(blocks, true, lines);
					inList = false;
				}
				lines.add(line.strip());
			}
			if (line.isBlank()) {
				inList = false;
			}
		}
		close(blocks, inList, lines);
		return new FormattedText(blocks);
	}

	public boolean isEmpty() {
		return this.blocks.isEmpty();
	}

	private static void close(List<Block> blocks, boolean list, List<String> lines) {
		if (!lines.isEmpty()) {
			blocks.add(new Block(list, lines));
			lines.clear();
		}
	}

}
