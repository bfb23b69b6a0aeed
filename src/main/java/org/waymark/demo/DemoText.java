package org.waymark.demo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the demo data writes narrative text: one bullet per line starting "- ", paragraphs
 * separated by a blank line, as the report pages render it.
 */
final class DemoText {

	private DemoText() {
	}

	static String bullets(String... items) {
		return Arrays.stream(items).map((item) -> "- " + item).collect(Collectors.joining("\n"));
	}

	static String lines(String... lines) {
		return String.join("\n", lines);
	}

	static String paragraphs(String... paragraphs) {
		return String.join("\n\n", paragraphs);
	}

}
