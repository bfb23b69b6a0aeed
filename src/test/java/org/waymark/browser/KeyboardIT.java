package org.waymark.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.waymark.browser.Browser.Journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and reading a highlight report with the keyboard alone: Tab, Shift and
 * Enter, never a click. Every element the focus lands on on the way must show it (WCAG
 * 2.4.7), in GOV.UK's yellow focus style, and be in view (WCAG 2.4.11). The focused
 * states are photographed under {@code waymark.screenshots}/keyboard-*.
 */
@BrowserTest
class KeyboardIT {

	/** GOV.UK Frontend's focus colour, #ffdd00. */
	private static final String FOCUS_YELLOW = "rgb(255, 221, 0)";

	/** More Tab presses than any page needs to reach what the journey wants. */
	private static final int MAX_TABS = 60;

	/**
	 * The focused element's look with and without the focus, then the focus put back;
	 * GOV.UK's styles key on :focus, so putting it back restores the look.
	 */
	private static final String FOCUS_STYLE_SCRIPT = """
			const el = document.activeElement;
			const names = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color',
			  'color', 'text-decoration-line', 'text-decoration-thickness', 'border-color'];
			const read = () => { const s = getComputedStyle(el); return Object.fromEntries(names.map((n) => [n, s.getPropertyValue(n)])); };
			const focused = read();
			el.blur();
			const unfocused = read();
			el.focus({ preventScroll: true });
			const box = el.getBoundingClientRect();
			return { describe: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '')
			    + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 50) + '"',
			  focused: focused, unfocused: unfocused, refocused: document.activeElement === el,
			  inView: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth };""";

	@Autowired
	private MessageSource messages;

	@BeforeEach
	void signedOut(Browser browser) {
		browser.signOutQuietly();
	}

	@Test
	void signInWithTheKeyboardAlone(Browser browser) {
		Journey journey = browser.journey("keyboard-sign-in");
		browser.open("/login");
		signInByKeyboard(browser, journey, DemoUser.EXECUTIVE);
		assertThat(browser.path()).as("Enter in the password field signs in").isEqualTo("/");
		assertThat(browser.find("header").getText()).contains(DemoUser.EXECUTIVE.displayName());
		journey.view("signed-in");
	}

	@Test
	void readAHighlightReportWithTheKeyboardAlone(Browser browser) {
		Journey journey = browser.journey("keyboard-highlight-report");
		browser.open("/login");
		signInByKeyboard(browser, journey, DemoUser.LEAD);
		assertThat(browser.path()).isEqualTo("/");

		tab(browser);
		assertThat(focused(browser)).as("the skip link comes first on the dashboard")
			.contains(message("layout.skipLink"));
		assertFocusVisible(browser);
		enter(browser); // a link within the page: no new page
		assertThat(browser.script("return document.activeElement.id"))
			.as("the skip link moves the focus to the main content")
			.isEqualTo("main-content");
		journey.view("skipped-to-main-content");

		tabUntil(browser, journey, "programme-link", (href) -> href.matches(".*/programmes/\\d+"));
		browser.loadingNewPage(() -> enter(browser));
		assertThat(browser.path()).matches("/programmes/\\d+");
		assertThat(browser.find("main .govuk-caption-l").getText()).startsWith(message("programme.label", "").strip());
		journey.view("programme");

		tabUntil(browser, journey, "report-link", (href) -> href.matches(".*/reports/\\d+"));
		browser.loadingNewPage(() -> enter(browser));
		assertThat(browser.path()).matches("/reports/\\d+");
		assertThat(browser.find("main .govuk-caption-l").getText()).startsWith(message("report.caption", "").strip());
		journey.view("highlight-report");

		tabUntil(browser, journey, "sign-out", (href) -> false);
		browser.loadingNewPage(() -> enter(browser));
		assertThat(browser.path()).isEqualTo("/login?signedOut");
		journey.view("signed-out");
	}

	/**
	 * From the top of the sign-in page: the skip link first, then on to the email
	 * address, the password, and Enter.
	 */
	private void signInByKeyboard(Browser browser, Journey journey, DemoUser user) {
		tab(browser);
		assertThat(focused(browser)).as("the skip link comes first").contains(message("layout.skipLink"));
		assertFocusVisible(browser);
		journey.view("skip-link");

		int tabs = 0;
		while (!"username".equals(browser.script("return document.activeElement.id"))) {
			assertThat(++tabs).as("Tab presses to reach the email address").isLessThan(MAX_TABS);
			tab(browser);
			assertFocusVisible(browser);
		}
		type(browser, user.email());
		journey.view("email-address");

		tab(browser);
		assertThat(browser.script("return document.activeElement.id"))
			.as("Tab goes from the email address to the password")
			.isEqualTo("password");
		assertFocusVisible(browser);
		type(browser, user.password());
		journey.view("password");

		tab(browser);
		assertThat(focused(browser)).as("then to the sign-in button").contains(message("login.submit"));
		assertFocusVisible(browser);
		journey.view("sign-in-button");
		shiftTab(browser);
		browser.loadingNewPage(() -> enter(browser));
	}

	/**
	 * Presses Tab until the focus is on a link whose address matches, or on the sign-out
	 * button when asked for "sign-out", checking the focus is visible at every stop.
	 */
	private void tabUntil(Browser browser, Journey journey, String step, Predicate<String> href) {
		List<String> stops = new ArrayList<>();
		for (int i = 0; i < MAX_TABS; i++) {
			tab(browser);
			stops.add(focused(browser));
			assertFocusVisible(browser);
			String link = (String) browser.script("return document.activeElement.href || ''");
			boolean signOut = "sign-out".equals(step) && (Boolean) browser
				.script("return document.activeElement.closest('header form[action$=\"/logout\"]') !== null");
			if (href.test(link) || signOut) {
				journey.view(step);
				return;
			}
		}
		throw new AssertionError("No " + step + " within " + MAX_TABS + " Tab presses; the focus went to " + stops);
	}

	@SuppressWarnings("unchecked")
	private void assertFocusVisible(Browser browser) {
		Map<String, Object> style = (Map<String, Object>) browser.script(FOCUS_STYLE_SCRIPT);
		Map<String, String> focused = (Map<String, String>) style.get("focused");
		Map<String, String> unfocused = (Map<String, String>) style.get("unfocused");
		String element = (String) style.get("describe");
		assertThat(style.get("refocused")).as("the focus could be put back on " + element).isEqualTo(true);
		assertThat(style.get("inView")).as(element + " is in view when focused").isEqualTo(true);
		assertThat(focused).as(element + " looks different when focused").isNotEqualTo(unfocused);
		boolean outline = !"none".equals(focused.get("outline-style")) && !"0px".equals(focused.get("outline-width"))
				&& FOCUS_YELLOW.equals(focused.get("outline-color"));
		boolean yellow = outline || focused.get("box-shadow").contains(FOCUS_YELLOW)
				|| FOCUS_YELLOW.equals(focused.get("background-color"));
		assertThat(yellow).as(element + " shows GOV.UK's yellow focus when focused: " + focused).isTrue();
	}

	private static String focused(Browser browser) {
		return (String) browser
			.script("""
					const el = document.activeElement;
					return el.tagName.toLowerCase() + ' ' + (el.innerText || el.value || el.id || '').trim().slice(0, 60);""");
	}

	private static void tab(Browser browser) {
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
	}

	private static void shiftTab(Browser browser) {
		new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
	}

	private static void enter(Browser browser) {
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
	}

	private static void type(Browser browser, String text) {
		new Actions(browser.driver()).sendKeys(text).perform();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

}
