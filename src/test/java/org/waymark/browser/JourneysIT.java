package org.waymark.browser;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of person does most, done as they would do it in a real browser: open
 * the site, sign in, find a programme on the dashboard, read its highlight report, sign
 * out. Each step is photographed under {@code waymark.screenshots}/<journey>/.
 */
@BrowserTest
class JourneysIT {

	/** The programme each person opens: one of their own where they have one. */
	private static final Map<DemoUser, Integer> PROGRAMME_OF = Map.of(DemoUser.ADMIN, 2, DemoUser.LEAD, 1,
			DemoUser.LEAD7, 7, DemoUser.EXECUTIVE, 3, DemoUser.SCRUTINY, 5);

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private DemoFixtures fixtures;

	@BeforeEach
	void fixtures(Browser browser) {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		browser.signOutQuietly();
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void signInReadAProgrammesHighlightReportAndSignOut(DemoUser user, Browser browser) {
		Journey journey = browser.journey(user.slug());

		browser.open("/");
		assertThat(browser.path()).as("an anonymous visitor is sent to sign in").isEqualTo("/login");
		assertThat(browser.heading()).isEqualTo(message("login.heading"));
		journey.page("sign-in");

		browser.find("#username").sendKeys(user.email());
		browser.find("#password").sendKeys(user.password());
		journey.page("sign-in-filled-in");
		browser.click("main form button[type=submit]");

		// Spring Security marks the return to the page first asked for with "?continue".
		assertThat(browser.path()).as("signed in, on the dashboard").matches("/(\\?continue)?");
		assertThat(browser.find("header").getText()).contains(user.displayName());
		List<String> listed = browser.findAll("main table a[href^='/programmes/']")
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(listed).as("the dashboard lists the plan's programmes")
			.containsExactlyInAnyOrderElementsOf(programmes());
		journey.page("dashboard");

		int number = PROGRAMME_OF.get(user);
		long programmeId = this.fixtures.programmeId(number);
		browser.click("main table a[href='/programmes/" + programmeId + "']");
		assertThat(browser.path()).isEqualTo("/programmes/" + programmeId);
		assertThat(browser.find("main .govuk-caption-l").getText()).isEqualTo(message("programme.label", number));
		assertThat(browser.heading()).isEqualTo(programmeTitle(number));
		journey.page("programme");

		browser.click("main table a[href^='/reports/']");
		assertThat(browser.path()).matches("/reports/\\d+");
		assertThat(browser.heading()).isEqualTo(message("programme.numbered", number, programmeTitle(number)));
		assertThat(browser.find("main .govuk-caption-l").getText()).startsWith(message("report.caption", "").strip());
		assertThat(browser.findAll("main h2").stream().map(WebElement::getText))
			.contains(message("report.heading.status"), message("report.heading.measures"));
		journey.page("highlight-report");

		browser.click("header form button[type=submit]");
		assertThat(browser.path()).isEqualTo("/login?signedOut");
		assertThat(browser.find(".govuk-notification-banner").getText()).contains(message("login.signedOut"));
		journey.page("signed-out");

		browser.open("/programmes/" + programmeId);
		assertThat(browser.path()).as("signed out means signed out").isEqualTo("/login");
	}

	@Test
	void scrutinyChampionWhoPastesADraftsAddressIsToldTheyMayNotSeeIt(Browser browser) {
		long draft = this.fixtures.draftReport(1);
		Journey journey = browser.journey("scrutiny-draft-url");
		browser.signIn(DemoUser.SCRUTINY);
		assertThat(browser.path()).isEqualTo("/");

		browser.open("/reports/" + draft);
		assertThat(browser.heading()).isEqualTo(message("error.forbidden.title"));
		assertThat(browser.driver().getTitle()).startsWith(message("error.forbidden.title"));
		assertThat(browser.find("main").getText()).doesNotContain("Exception")
			.doesNotContain(message("report.heading.status"));
		journey.page("forbidden");

		browser.click("main a[href='/']");
		assertThat(browser.path()).isEqualTo("/");
		journey.page("back-home");
	}

	@Test
	void wrongPasswordShowsTheErrorAndKeepsTheEmailAddress(Browser browser) {
		Journey journey = browser.journey("wrong-password");
		browser.open("/login");
		browser.find("#username").sendKeys(DemoUser.ADMIN.email());
		browser.find("#password").sendKeys("not-the-password");
		browser.click("main form button[type=submit]");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.driver().getTitle()).startsWith("Error: ");
		WebElement summary = browser.find(".govuk-error-summary");
		assertThat(summary.getText()).contains(message("error.summary.title"), message("login.error.badCredentials"));
		assertThat(browser.find("#username-error").getText()).contains(message("login.error.badCredentials"));
		assertThat(browser.find("#username").getDomProperty("value")).as("the email address typed is kept")
			.isEqualTo(DemoUser.ADMIN.email());
		assertThat(browser.find("#password").getDomProperty("value")).as("the password is never sent back").isEmpty();
		assertThat(browser.script("return document.activeElement.closest('.govuk-error-summary') !== null"))
			.as("GOV.UK Frontend moves the focus to the error summary")
			.isEqualTo(true);
		journey.page("error-summary");

		summary.findElement(By.cssSelector("a[href='#username']")).click();
		assertThat(browser.script("return document.activeElement.id")).as("the error links to its field")
			.isEqualTo("username");
		journey.view("error-link-followed");

		browser.find("#password").sendKeys(DemoUser.ADMIN.password());
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).as("corrected, signed in").isEqualTo("/");
	}

	private List<String> programmes() {
		return this.jdbc.query("""
				select p.number, p.title from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = ? order by p.number""",
				(rs, row) -> message("programme.numbered", rs.getInt(1), rs.getString(2)), DemoFixtures.DEMO_PLAN);
	}

	private String programmeTitle(int number) {
		return this.jdbc.queryForObject("""
				select p.title from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = ? and p.number = ?""", String.class, DemoFixtures.DEMO_PLAN, number);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

}
