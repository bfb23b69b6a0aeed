package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council that is not the demo one sets itself up in the browser (issue 9, "what it
 * must show"): the business manager creates a three-year plan of four "priorities", a
 * delivery group with a chair for each, adds two leads and a scrutiny champion (their
 * one-time links shown, as no mail server is configured), generates the quarters and
 * opens the first with a due date; the leads' reminders are listed; a new lead sets a
 * password (a common one is refused), signs in and finds exactly their priority's report
 * to write; the other lead's repeated failures are throttled; and the audit log shows it
 * all.
 * <p>
 * Its names carry a token of this run, so it can share the database with the other tests.
 * The plan stays a draft, so the home page's default plan does not change, and its
 * quarter is closed at the end, so other tests' Quarterly returns do not change either.
 */
@BrowserTest
class AdministrationJourneyIT {

	private static final String PASSWORD = "kingfisher lantern harbour";

	private static final List<String> PRIORITIES = List.of("Best start in life", "Safe at home and in the community",
			"Learning and achieving", "Ready for adulthood");

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	@Test
	void anAdminSetsUpAPlanItsPeopleAndCalendarAndANewLeadFindsTheirReport(Browser browser) {
		Journey journey = browser.journey("set-up-a-plan");
		String run = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36)
			.toUpperCase(Locale.ROOT);
		String shortName = "RCFP " + run;
		String title = "Riverside Children and Families Plan " + run;

		// A plan of priorities, from the Administration page.
		browser.signIn(DemoUser.ADMIN);
		browser.click("header a[href='/admin']");
		browser.click("main a[href='/admin/plans']");
		browser.click("main a[href='/admin/plans/new']");
		type(browser, "#title", title);
		type(browser, "#shortName", shortName);
		type(browser, "#firstYear", "2027/28");
		type(browser, "#lastYear", "2029/30");
		type(browser, "#vision", "Every child in Riverside grows up safe, healthy and happy.");
		type(browser, "#programmeTerm", "priority");
		type(browser, "#programmeTermPlural", "priorities");
		journey.page("plan-details");
		browser.click("main form button[type=submit]");
		long plan = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class, shortName);
		String tasks = "/admin/plans/" + plan;
		assertThat(browser.path()).isEqualTo(tasks);
		assertThat(browser.heading()).isEqualTo(title);
		assertThat(status(browser, "details")).isEqualTo("Completed");
		assertThat(status(browser, "programmes")).isEqualTo("Not yet started");
		assertThat(status(browser, "leads")).isEqualTo("Cannot start yet");
		scan(browser, "task list");
		journey.page("task-list");

		// A delivery group with a chair for each priority, then the priorities.
		browser.click("#task-groups a");
		for (int n = 1; n <= PRIORITIES.size(); n++) {
			browser.click("main a[href^='/admin/delivery-groups/new']");
			type(browser, "#name", group(n, run));
			type(browser, "#chairName", "Chair of board " + n);
			type(browser, "#chairTitle", "Director " + n);
			browser.click("main form button[type=submit]");
			assertThat(browser.find("main").getText()).contains(group(n, run));
		}
		browser.open(tasks);
		browser.click("#task-programmes a");
		for (int n = 1; n <= PRIORITIES.size(); n++) {
			browser.click("main a[href$='/programmes/new']");
			assertThat(browser.heading()).isEqualTo("Add a priority");
			assertThat(browser.find("#number").getDomProperty("value")).as("the next number is suggested")
				.isEqualTo(String.valueOf(n));
			type(browser, "#title", PRIORITIES.get(n - 1));
			new Select(browser.find("#deliveryGroup")).selectByVisibleText(group(n, run));
			type(browser, "#seniorResponsibleOwners", "Director " + n);
			type(browser, "#scrutinyChampions", "Cllr Jo Baker");
			if (n == 1) {
				journey.page("add-a-priority");
			}
			browser.click("main form button[type=submit]");
		}
		assertThat(browser.findAll("main tbody th a").stream().map(WebElement::getText)).containsExactly(
				"Priority 1: Best start in life", "Priority 2: Safe at home and in the community",
				"Priority 3: Learning and achieving", "Priority 4: Ready for adulthood");
		browser.open(tasks);
		assertThat(status(browser, "groups")).isEqualTo("Completed");
		assertThat(status(browser, "owners")).isEqualTo("Completed");
		assertThat(status(browser, "leads")).isEqualTo("Not yet started");

		// Two leads and a scrutiny champion; with no mail server their links are shown.
		browser.click("#task-leads a");
		String priya = "priya.natarajan." + run.toLowerCase(Locale.ROOT) + "@riverside.example";
		String owen = "owen.hughes." + run.toLowerCase(Locale.ROOT) + "@riverside.example";
		String jo = "jo.baker." + run.toLowerCase(Locale.ROOT) + "@riverside.example";
		String priyaLink = addUser(browser, "Priya Natarajan " + run, priya, "LEAD", "leads", programme(plan, 1));
		journey.page("link-shown");
		String owenLink = addUser(browser, "Owen Hughes " + run, owen, "LEAD", "leads", programme(plan, 2));
		addUser(browser, "Cllr Jo Baker " + run, jo, "SCRUTINY", "champions", programme(plan, 1));
		browser.open(tasks);
		assertThat(status(browser, "leads")).as("priorities 3 and 4 have no lead yet").isEqualTo("Incomplete");

		// The quarters, and the first opened for returns with its due date.
		browser.click("#task-calendar a");
		browser.click("main form[action$='/calendar/generate'] button");
		assertThat(browser.findAll("main tbody tr")).hasSize(12);
		long firstQuarter = this.jdbc.queryForObject(
				"select id from reporting_period where plan_id = ? and financial_year = 2027 and quarter = 'Q1'",
				Long.class, plan);
		browser.click("main a[href$='/quarters/" + firstQuarter + "/open']");
		assertThat(browser.find("#dueDay").getDomProperty("value")).as("due 12 days after the quarter by default")
			.isEqualTo("12");
		browser.find("#dueDay").clear();
		type(browser, "#dueDay", "14");
		browser.click("main form button[type=submit]");
		assertThat(browser.find("#main-content tbody tr").getText()).contains("Open", "14 July 2027");
		journey.page("calendar");
		browser.open(tasks);
		assertThat(status(browser, "calendar")).isEqualTo("Completed");

		// Each lead with a report to write was reminded; without mail, the reminder is
		// listed.
		browser.open("/admin/reminders?quarter=" + firstQuarter);
		List<String> reminders = browser.findAll("main tbody tr").stream().map(WebElement::getText).toList();
		assertThat(reminders).hasSize(2)
			.anyMatch((row) -> row.contains(priya) && row.contains("Best start in life")
					&& row.contains("Listed, not sent"))
			.anyMatch((row) -> row.contains(owen) && row.contains("Safe at home and in the community"));
		journey.page("reminders");

		// Priya sets her password with the link: a common password is refused.
		browser.signOutQuietly();
		browser.driver().get(priyaLink);
		scan(browser, "set a password");
		type(browser, "#newPassword", "password1234");
		type(browser, "#confirmPassword", "password1234");
		browser.click("main form button[type=submit]");
		assertThat(browser.find(".govuk-error-summary").getText()).contains("common");
		journey.page("common-password-refused");
		type(browser, "#newPassword", PASSWORD);
		type(browser, "#confirmPassword", PASSWORD);
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).startsWith("/login");

		// Signed in, her reports are exactly priority 1's for the open quarter.
		browser.signIn(priya, PASSWORD);
		browser.click("header a[href='/reports/mine']");
		String mine = browser.find("main").getText();
		assertThat(mine).contains(title, "due by 14 July 2027", "1. Best start in life", "Not started")
			.doesNotContain("Safe at home", "Learning and achieving", "Ready for adulthood");
		assertThat(browser.findAll("main .govuk-task-list__item")).hasSize(1);
		journey.page("your-reports");

		// Owen sets his password, then the wrong one five times: the right one is refused
		// too.
		browser.signOutQuietly();
		browser.driver().get(owenLink);
		type(browser, "#newPassword", PASSWORD);
		type(browser, "#confirmPassword", PASSWORD);
		browser.click("main form button[type=submit]");
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(owen, "not the password " + attempt);
			assertThat(browser.find(".govuk-error-summary").getText())
				.contains("Enter a correct email address and password");
		}
		browser.signIn(owen, PASSWORD);
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.find(".govuk-error-summary").getText()).contains("Too many attempts", "Wait 15 minutes");
		assertThat(browser.find("#username").getDomProperty("value")).as("the email address typed is kept")
			.isEqualTo(owen);
		journey.page("throttled");

		// The audit log tells the story.
		browser.signIn(DemoUser.ADMIN);
		browser.open("/admin/audit?text=" + run);
		String audit = browser.find("main").getText();
		assertThat(audit).contains("Created the plan " + title, "Added Priority 4", "Generated 12 quarters",
				"Opened 2027/28 Q1 for returns", "Created the account of Priya Natarajan " + run, "Made them a lead of",
				"Set their password with a one-time link", "Signed in", "Sign-in refused after repeated failures");
		journey.page("audit-log");

		// Leave the shared database's Quarterly returns as they were.
		browser.open("/admin/plans/" + plan + "/quarters/" + firstQuarter + "/close");
		browser.click("main form button[type=submit]");
		assertThat(
				this.jdbc.queryForObject("select state from reporting_period where id = ?", String.class, firstQuarter))
			.isEqualTo("CLOSED");
		assertThat(this.problems).as("accessibility problems:%n%s", String.join("\n", this.problems)).isEmpty();
	}

	/** Adds a user from the users page and returns their one-time link, as shown. */
	private String addUser(Browser browser, String name, String email, String role, String assignment, long programme) {
		browser.open("/admin/users");
		browser.click("main a[href='/admin/users/new']");
		type(browser, "#displayName", name);
		type(browser, "#email", email);
		browser.find("input[name=roles][value=" + role + "]").click();
		browser.find("input[name=" + assignment + "][value='" + programme + "']").click();
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).isEqualTo("/admin/users/link");
		String link = browser.find("#password-link").getText();
		assertThat(link).startsWith(browser.baseUrl() + "/password/set/");
		return link;
	}

	private long programme(long plan, int number) {
		return this.jdbc.queryForObject("select id from improvement_programme where plan_id = ? and number = ?",
				Long.class, plan, number);
	}

	private static String group(int n, String run) {
		return "Riverside board " + n + " " + run;
	}

	private static String status(Browser browser, String task) {
		return browser.find("#task-" + task + "-status").getText();
	}

	private static void type(Browser browser, String selector, String text) {
		WebElement field = browser.find(selector);
		field.clear();
		field.sendKeys(text);
	}

	private void scan(Browser browser, String page) {
		this.problems.addAll(allowList.problemsOn(browser, page));
	}

}
