package org.waymark.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The axe rules whose moderate or minor findings are accepted, each with the reason why,
 * read from {@code accessibility-allow-list.properties} on the test class path: one
 * {@code ruleId=reason} a line, {@code #} for comments. A line without a reason is an
 * error, and so is a rule listed twice. Serious and critical findings are never allowed,
 * whatever the list says. Entries that matched nothing in a run are reported as stale, so
 * that the list shrinks as pages are fixed.
 */
final class AccessibilityAllowList {

	static final String RESOURCE = "accessibility-allow-list.properties";

	private final Map<String, String> reasons;

	private final Set<String> used = Collections.synchronizedSet(new TreeSet<>());

	private AccessibilityAllowList(Map<String, String> reasons) {
		this.reasons = reasons;
	}

	/** The list on the class path. */
	static AccessibilityAllowList load() {
		try (InputStream in = AccessibilityAllowList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AccessibilityAllowList parse(List<String> lines) {
		Map<String, String> reasons = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String rule = (equals < 0) ? line : line.substring(0, equals).strip();
			String reason = (equals < 0) ? "" : line.substring(equals + 1).strip();
			if (!rule.matches("[a-z0-9-]+")) {
				problems.add("line " + (i + 1) + ": '" + rule + "' is not an axe rule id");
			}
			else if (reason.isEmpty()) {
				problems
					.add("line " + (i + 1) + ": " + rule + " has no reason; write " + rule + "=<why it is accepted>");
			}
			else if (reasons.putIfAbsent(rule, reason) != null) {
				problems.add("line " + (i + 1) + ": " + rule + " is listed twice");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(RESOURCE + " is not valid:\n  " + String.join("\n  ", problems));
		}
		return new AccessibilityAllowList(reasons);
	}

	/**
	 * What a journey step's page gets wrong: the axe findings this list does not accept
	 * (every serious or critical one, and moderate or minor ones of rules not on it), and
	 * what the page wrote to the console as errors (a missing favicon aside).
	 */
	List<String> problemsOn(Browser browser, String page) {
		List<String> problems = new ArrayList<>();
		for (AxeScan.Finding finding : AxeScan.run(browser, page).violations()) {
			if (finding.seriousOrWorse() || !allows(finding.rule())) {
				problems.add(finding.describe());
			}
		}
		for (String error : browser.consoleErrors()) {
			if (!error.contains("/favicon.ico - ")) {
				problems.add("Console error on " + page + ": " + error);
			}
		}
		return problems;
	}

	/** Whether a moderate or minor finding of the rule is accepted; notes the use. */
	boolean allows(String ruleId) {
		if (this.reasons.containsKey(ruleId)) {
			this.used.add(ruleId);
			return true;
		}
		return false;
	}

	String reason(String ruleId) {
		return this.reasons.get(ruleId);
	}

	/** Entries that allowed nothing so far. */
	Set<String> stale() {
		Set<String> stale = new TreeSet<>(this.reasons.keySet());
		stale.removeAll(this.used);
		return stale;
	}

	Map<String, String> entries() {
		return Collections.unmodifiableMap(this.reasons);
	}

}
