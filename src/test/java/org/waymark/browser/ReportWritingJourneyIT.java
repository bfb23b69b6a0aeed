package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter's highlight report from the first word to publication, as the people who
 * write, review and read it would do it in a browser (issue 4, "what it must show"): the
 * demo lead starts programme 1's report for the open quarter, saves a half-finished
 * draft, signs out and back in and finds it intact, submits with a section blank and is
 * taken to it, completes it and submits; the admin returns it with a comment; the lead
 * fixes it and resubmits; the admin publishes it; the scrutiny champion, who could not
 * read it before, now can; and its history shows each step.
 * <p>
 * It writes programme 1's report for 2017/18 Q4, which no other test writes.
 */
@BrowserTest
class ReportWritingJourneyIT {

	private static final String HALF_WRITTEN = "Early help assessments rose by 12% this quarter.";

	private static final String RETURN_COMMENT = "Please say how children's views shaped the achievements.";

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void leadWritesAndSubmitsAdminReturnsThenPublishesScrutinyReads(Browser browser) {
		Journey journey = browser.journey("write-a-report");
		long programmeOne = new DemoFixtures(this.jdbc, null, null).programmeId(1);

		// The lead starts the open quarter's report from "Your reports".
		browser.signIn(DemoUser.LEAD);
		browser.click("header a[href='/reports/mine']");
		assertThat(browser.heading()).isEqualTo(message("yourReports.title"));
		journey.page("your-reports");
		browser.click("form[action^='/programmes/" + programmeOne + "/periods/'] button");
		String tasks = browser.path();
		assertThat(tasks).matches("/reports/\\d+/edit");
		String report = tasks.substring(0, tasks.length() - "/edit".length());
		assertThat(browser.findAll(".govuk-task-list__status").stream().map(WebElement::getText))
			.contains(message("task.status.NOT_STARTED"));
		journey.page("task-list");

		// Section 1, then half of section 2, and away.
		browser.click("#task-status a");
		browser.find("#status-amber").click();
		browser.find("#reason").sendKeys("Two actions have slipped; remedial plans are agreed.");
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).isEqualTo(tasks);
		assertThat(browser.find(".govuk-notification-banner").getText()).contains(message("report.task.status"));
		browser.click("#task-achievements a");
		browser.find("#body").sendKeys(HALF_WRITTEN);
		browser.click("main form button[type=submit]");
		journey.page("half-finished");

		browser.click("header form button[type=submit]");
		browser.signIn(DemoUser.LEAD);
		browser.open("/reports/mine");
		assertThat(browser.find("main").getText()).contains(message("yourReports.progress.DRAFT"));
		browser.click("main a[href='" + tasks + "']");
		browser.click("#task-achievements a");
		assertThat(browser.find("#body").getDomProperty("value")).as("the draft survived signing out")
			.isEqualTo(HALF_WRITTEN);
		journey.page("draft-intact");

		// Everything but section 7, then submit.
		write("slippage", "The parenting programme started a month late.", browser, tasks);
		write("next-period", "- Launch the new Local Offer\n- Review the volunteer scheme", browser, tasks);
		nilReturn("risks", browser, tasks);
		nilReturn("issues", browser, tasks);
		nilReturn("variances", browser, tasks);
		browser.click("#task-measures a");
		List<WebElement> values = browser.findAll("#measures-form input[name$='.value']");
		assertThat(values).as("one row per measure of programme 1").isNotEmpty();
		values.forEach((input) -> input.sendKeys("12"));
		browser.findAll("#measures-form input[name$='.period']").forEach((input) -> input.sendKeys("March 2018"));
		journey.page("measures");
		browser.click("#measures-form button[type=submit]");
		assertThat(browser.path()).isEqualTo(tasks);

		browser.click("form[action$='/submit'] button");
		assertThat(browser.find(".govuk-error-summary").getText())
			.contains(message("report.section.DECISIONS_REQUIRED"));
		assertThat(browser.findAll(".govuk-error-summary__list li")).as("only the blank section is missing").hasSize(1);
		journey.page("submit-refused");
		browser.click(".govuk-error-summary__list a");
		assertThat(browser.path()).as("taken to the missing section").isEqualTo(tasks + "/sections/decisions-required");
		nilReturnHere(browser);
		browser.click("form[action$='/submit'] button");
		assertThat(browser.path()).isEqualTo(report);
		assertThat(browser.find(".govuk-notification-banner").getText()).contains(message("report.banner.submitted"));
		journey.page("submitted");

		// Not for scrutiny until it is published.
		browser.signIn(DemoUser.SCRUTINY);
		browser.open(report);
		assertThat(browser.heading()).isEqualTo(message("error.forbidden.title"));

		// The admin finds it waiting and returns it with a comment.
		browser.signIn(DemoUser.ADMIN);
		browser.click("header a[href='/returns']");
		journey.page("returns");
		browser.click("main table a[href='" + report + "']");
		browser.click("main a[href='" + report + "/return']");
		browser.find("#comment").sendKeys(RETURN_COMMENT);
		browser.click("main form button[type=submit]");
		assertThat(browser.find(".govuk-notification-banner").getText()).contains(message("report.banner.returned"));
		journey.page("returned");

		// The lead sees the comment, fixes the section and submits again.
		browser.signIn(DemoUser.LEAD);
		browser.open("/reports/mine");
		assertThat(browser.find("main").getText()).contains(message("yourReports.progress.RETURNED"));
		browser.click("main a[href='" + tasks + "']");
		assertThat(browser.find("main").getText()).contains(RETURN_COMMENT);
		journey.page("lead-sees-comment");
		browser.click("#task-achievements a");
		browser.find("#body").sendKeys("\n\nFamilies told us the new drop-in sessions were what they valued most.");
		browser.click("main form button[type=submit]");
		browser.click("form[action$='/submit'] button");
		assertThat(browser.path()).isEqualTo(report);

		// The admin publishes it; the scrutiny champion can now read it.
		browser.signIn(DemoUser.ADMIN);
		browser.open(report);
		browser.click("form[action$='/publish'] button");
		assertThat(browser.find(".govuk-notification-banner").getText()).contains(message("report.banner.published"));
		journey.page("published");

		browser.signIn(DemoUser.SCRUTINY);
		browser.open(report);
		assertThat(browser.heading()).isEqualTo(message("programme.numbered", 1, programmeTitle(1)));
		assertThat(browser.find("main").getText()).contains("drop-in sessions");
		journey.page("scrutiny-reads");

		// The history shows each step.
		browser.signIn(DemoUser.LEAD);
		browser.open(report + "/history");
		String history = browser.find("main").getText();
		assertThat(history).contains(message("report.state.SUBMITTED"), message("report.state.RETURNED"),
				message("report.state.PUBLISHED"));
		journey.page("history");
	}

	private void write(String section, String text, Browser browser, String tasks) {
		browser.open(tasks);
		browser.click("#task-" + section + " a");
		browser.find("#body").sendKeys(text);
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).isEqualTo(tasks);
	}

	private void nilReturn(String section, Browser browser, String tasks) {
		browser.open(tasks);
		browser.click("#task-" + section + " a");
		nilReturnHere(browser);
		assertThat(browser.path()).isEqualTo(tasks);
	}

	private void nilReturnHere(Browser browser) {
		browser.driver().findElement(By.cssSelector("label[for='nilReturn']")).click();
		browser.click("main form button[type=submit]");
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
