package org.waymark.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own stylesheet is well formed: every block is closed, and a style rule
 * never opens inside another style rule (only inside an at-rule such as {@code @media}).
 * A browser silently drops everything after an unclosed rule, so a missing brace (easily
 * lost when two changes to the file are merged) would quietly unstyle every page that
 * relies on the later rules.
 */
class StylesheetTest {

	private static final Path STYLESHEET = Path.of("src/main/resources/static/css/waymark.css");

	@Test
	void everyRuleIsClosedAndNoneOpensInsideAnother() throws IOException {
		// Comments go, keeping their line breaks so that line numbers stay true.
		String css = Pattern.compile("(?s)/\\*.*?\\*/")
			.matcher(Files.readString(STYLESHEET, StandardCharsets.UTF_8))
			.replaceAll((comment) -> comment.group().replaceAll("[^\n]", ""));
		List<String> problems = new ArrayList<>();
		Deque<Boolean> open = new ArrayDeque<>();
		StringBuilder prelude = new StringBuilder();
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			if (c == '{') {
				boolean atRule = prelude.toString().strip().startsWith("@");
				if (!atRule && !open.isEmpty() && !open.peek()) {
					problems.add("line " + line + ": \"" + prelude.toString().strip()
							+ "\" opens inside another style rule: a closing brace is missing above it");
				}
				open.push(atRule);
				prelude.setLength(0);
			}
			else if (c == '}') {
				if (open.isEmpty()) {
					problems.add("line " + line + ": a closing brace with no block to close");
				}
				else {
					open.pop();
				}
				prelude.setLength(0);
			}
			else if (c == ';') {
				prelude.setLength(0);
			}
			else {
				prelude.append(c);
			}
		}
		if (!open.isEmpty()) {
			problems.add(open.size() + " block(s) still open at the end of the file");
		}
		assertThat(problems).as("problems in %s", STYLESHEET).isEmpty();
	}

}
