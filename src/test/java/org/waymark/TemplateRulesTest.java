package org.waymark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.waymark.measure.MeasureUnit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every template keeps, checked by reading the template files: every word a user
 * sees comes from messages.properties, every message a template or an enum names exists,
 * and nothing needs the inline script or style that the Content-Security-Policy forbids.
 */
class TemplateRulesTest {

	private static final Pattern PARSER_COMMENT = Pattern.compile("(?s)<!--/\\*.*?\\*/-->");

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

	private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE[^>]*>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	/** Attributes people read or hear, which must be set with th:… from a message. */
	private static final Pattern LITERAL_READABLE_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|aria-label|aria-description|placeholder)=\"[^\"]*\\p{L}");

	private static final Pattern TH_ATTRIBUTE = Pattern.compile("(?s)\\bth:([\\w-]+)=\"([^\"]*)\"");

	private static final Pattern QUOTED_LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

	/**
	 * A class list, an id, a fragment or option name: lower-case tokens, several only if
	 * all are CSS classes; a form field's name (camelCase) or an enum constant
	 * (UPPER_CASE) naming a value; or a single space joining ids.
	 */
	private static final Pattern TOKEN_LITERAL = Pattern
		.compile("[a-z0-9#!_.\\\\-]*|((govuk|waymark)-[a-z0-9!_.\\\\-]*)( (govuk|waymark)-[a-z0-9!_.\\\\-]*)*"
				+ "|[a-z][a-zA-Z0-9]*|[A-Z][A-Z0-9_]*| ");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)");

	private static Map<String, String> templates;

	private static Properties messages;

	@BeforeAll
	static void readTemplatesAndMessages() throws IOException {
		templates = new TreeMap<>();
		Path root = new ClassPathResource("templates").getFile().toPath();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				templates.put(root.relativize(file).toString(), Files.readString(file));
			}
		}
		messages = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(templates).containsKeys("layout.html", "login.html", "error.html", "error/404.html",
				"error/403.html");
	}

	@Test
	void templatesHaveNoHardCodedText() {
		List<String> found = new ArrayList<>();
		templates.forEach((name, html) -> {
			String markup = DOCTYPE.matcher(COMMENT.matcher(PARSER_COMMENT.matcher(html).replaceAll("")).replaceAll(""))
				.replaceAll("");
			for (String text : TAG.split(markup)) {
				if (!text.isBlank()) {
					found.add(name + ": text \"" + text.strip() + "\"");
				}
			}
			Matcher readable = LITERAL_READABLE_ATTRIBUTE.matcher(markup);
			while (readable.find()) {
				found.add(name + ": attribute " + readable.group());
			}
		});
		assertThat(found).as("text written into templates instead of taken from messages.properties").isEmpty();
	}

	@Test
	void expressionsDoNotSmuggleInLiteralText() {
		List<String> found = new ArrayList<>();
		templates.forEach((name, html) -> {
			Matcher attribute = TH_ATTRIBUTE.matcher(PARSER_COMMENT.matcher(html).replaceAll(""));
			while (attribute.find()) {
				boolean text = attribute.group(1).matches("u?text");
				Matcher literal = QUOTED_LITERAL.matcher(attribute.group(2));
				while (literal.find()) {
					String value = literal.group(1);
					if ((text && value.matches("(?s).*\\p{L}.*"))
							|| (!text && !TOKEN_LITERAL.matcher(value).matches())) {
						found.add(name + ": th:" + attribute.group(1) + " has '" + value + "'");
					}
				}
			}
		});
		assertThat(found).as("words written as literals inside th: expressions").isEmpty();
	}

	@Test
	void classNamesInExpressionsEscapeThymeleafsPreprocessingMarker() {
		// "__" inside an expression starts preprocessing and silently eats BEM class
		// names: write "\_\_".
		List<String> found = new ArrayList<>();
		templates.forEach((name, html) -> {
			Matcher attribute = TH_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				Matcher literal = QUOTED_LITERAL.matcher(attribute.group(2));
				while (literal.find()) {
					if (literal.group(1).matches("(?s).*[a-z]__[a-z].*")) {
						found.add(name + ": '" + literal.group(1) + "'");
					}
				}
			}
		});
		assertThat(found).isEmpty();
	}

	@Test
	void templatesNeedNoInlineScriptOrStyle() {
		templates.forEach((name, html) -> {
			assertThat(html).as(name).doesNotContainPattern("(?i)<style");
			assertThat(html).as(name).doesNotContainPattern("(?i)(\\s|th:)style=");
			assertThat(html).as(name).doesNotContainPattern("(?i)\\son[a-z]+=");
			assertThat(html).as(name).doesNotContainPattern("(?i)javascript:");
			assertThat(html).as(name).doesNotContainPattern("(?i)<script(?![^>]*\\bth:src=)[^>]*>");
			assertThat(html).as(name + " must not print user text as markup").doesNotContain("th:utext");
		});
	}

	@Test
	void everyMessageTemplatesNameExists() {
		List<String> missing = new ArrayList<>();
		templates.forEach((name, html) -> {
			Matcher key = MESSAGE_KEY.matcher(html);
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(name + ": " + key.group(1));
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageAnEnumNamesExists() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		List<String> missing = new ArrayList<>();
		int enums = 0;
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.waymark")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			Method messageKey;
			try {
				messageKey = type.getMethod("messageKey");
			}
			catch (NoSuchMethodException ex) {
				continue;
			}
			enums++;
			for (Object constant : type.getEnumConstants()) {
				String key = (String) messageKey.invoke(constant);
				if (!messages.containsKey(key)) {
					missing.add(type.getSimpleName() + "." + constant + ": " + key);
				}
			}
		}
		for (MeasureUnit unit : MeasureUnit.values()) {
			if (!messages.containsKey("unit.value." + unit.name())) {
				missing.add("MeasureUnit." + unit + ": unit.value." + unit.name());
			}
		}
		assertThat(enums).as("enums with a messageKey()").isGreaterThan(5);
		assertThat(missing).isEmpty();
	}

}
