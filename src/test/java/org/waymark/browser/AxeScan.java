package org.waymark.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs axe-core (the copy bundled in the axe-core Selenium jar, so offline) on the page
 * open in the browser, with the WCAG 2.0, 2.1 and 2.2 level A and AA rules.
 * <p>
 * Most pages look the same to everyone who may see them, apart from the name of who is
 * signed in and the CSRF token. A page whose markup, those two aside, was scanned before
 * gets the earlier answer rather than a second scan: axe's findings depend on nothing
 * else, and it keeps a crawl for every role within a couple of minutes.
 */
final class AxeScan {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** The page's markup without who is signed in and without the CSRF token. */
	private static final String FINGERPRINT_SCRIPT = """
			const copy = document.documentElement.cloneNode(true);
			copy.querySelectorAll('input[name="_csrf"]').forEach((input) => input.removeAttribute('value'));
			copy.querySelectorAll('.waymark-account__name').forEach((name) => name.textContent = '');
			return copy.outerHTML;""";

	private final Map<String, Scan> scanned = new HashMap<>();

	private int reused;

	/** A rule the page breaks, and where. */
	record Finding(String page, String rule, String impact, String help, String helpUrl, List<String> targets) {

		boolean seriousOrWorse() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		String describe() {
			return "[" + this.impact + "] " + this.rule + " on " + this.page + ": " + this.help + "\n      at "
					+ String.join("\n      at ", this.targets) + "\n      see " + this.helpUrl;
		}

	}

	/** What axe found on the open page: violations, and rules it could not decide. */
	record Scan(List<Finding> violations, List<Finding> needsReview) {

		Scan on(String page) {
			return new Scan(relabel(this.violations, page), relabel(this.needsReview, page));
		}

		private static List<Finding> relabel(List<Finding> findings, String page) {
			return findings.stream()
				.map((f) -> new Finding(page, f.rule(), f.impact(), f.help(), f.helpUrl(), f.targets()))
				.toList();
		}

	}

	/** Scans the page open in the browser, or answers as for the same markup before. */
	Scan scan(Browser browser, String page) {
		String fingerprint = sha256((String) browser.script(FINGERPRINT_SCRIPT));
		Scan earlier = this.scanned.get(fingerprint);
		if (earlier != null) {
			this.reused++;
			return earlier.on(page);
		}
		Scan scan = run(browser, page);
		this.scanned.put(fingerprint, scan);
		return scan;
	}

	/** Pages axe-core ran on, and pages that had the markup of one of those. */
	String statistics() {
		return this.scanned.size() + " pages scanned, " + this.reused + " more with the same markup as one of them";
	}

	/** Scans the page open in the browser, whatever was scanned before. */
	static Scan run(Browser browser, String page) {
		AxeRunOptions options = new AxeRunOptions();
		// Passes and inapplicable rules are listed once each, not node by node: on a long
		// page that is most of the time a scan takes.
		options.setResultTypes(List.of("violations", "incomplete"));
		Results results = new AxeBuilder().withOptions(options)
			.withTags(TAGS)
			.disableIframeTesting()
			// axe.run in the page itself. The default runs each frame's part and then
			// opens a blank window to join the parts, which triples the time a scan
			// takes;
			// Waymark's pages have no frames.
			.setLegacyMode(true)
			.analyze(browser.driver());
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
		}
		return new Scan(findings(page, results.getViolations()), findings(page, results.getIncomplete()));
	}

	private static List<Finding> findings(String page, List<Rule> rules) {
		return rules.stream()
			.map((rule) -> new Finding(page, rule.getId(),
					(rule.getImpact() != null) ? rule.getImpact().toLowerCase(Locale.ROOT) : "unknown", rule.getHelp(),
					rule.getHelpUrl(), rule.getNodes().stream().map(AxeScan::target).toList()))
			.toList();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String target(CheckedNode node) {
		Object target = node.getTarget();
		String selector = (target instanceof List<?> parts)
				? parts.stream().map(String::valueOf).collect(Collectors.joining(" >> ")) : String.valueOf(target);
		String html = node.getHtml();
		if (html != null && html.length() > 160) {
			html = html.substring(0, 160) + "…";
		}
		return selector + "  " + html;
	}

}
