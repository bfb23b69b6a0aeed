package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two browsers editing the same section of a highlight report: the later
 * save is refused, told why, shown the text that was saved, and keeps its own text, so
 * nothing typed is lost (issue 4, "two browser sessions saving the same report").
 * <p>
 * It writes programme 5's report for 2017/18 Q4 (the demo lead's second programme), which
 * no other test writes.
 */
@BrowserTest
class ConcurrentEditIT {

	private static final String ADMINS_TEXT = "Recruitment of early help staff remains the main risk.";

	private static final String LEADS_TEXT = "- Demand for early help is rising\n- Two posts are vacant";

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theLaterSaveIsRefusedAndShowsBothTexts(Browser lead) {
		Journey journey = lead.journey("concurrent-edit");
		lead.signIn(DemoUser.LEAD);
		lead.open("/reports/mine");
		long programmeFive = new DemoFixtures(this.jdbc, null, null).programmeId(5);
		lead.click("form[action^='/programmes/" + programmeFive + "/periods/'] button");
		String taskList = lead.path();
		assertThat(taskList).matches("/reports/\\d+/edit");
		String risks = taskList + "/sections/risks";

		lead.open(risks);
		journey.page("lead-opens-risks");

		try (Browser admin = Browser.start()) {
			admin.baseUrl(lead.baseUrl());
			admin.signIn(DemoUser.ADMIN);
			admin.open(risks);
			admin.find("#body").sendKeys(ADMINS_TEXT);
			admin.click("main form button[type=submit]");
			assertThat(admin.path()).isEqualTo(taskList);
		}

		lead.find("#body").sendKeys(LEADS_TEXT);
		lead.click("main form button[type=submit]");
		journey.page("lead-is-told");
		assertThat(lead.path()).as("the refused save stays on the form").isEqualTo(risks);
		assertThat(lead.find(".govuk-error-summary").getText()).contains(message("report.conflict.summaryTitle"));
		assertThat(lead.find("#stored-text").getText()).contains(ADMINS_TEXT);
		assertThat(lead.find("#body").getDomProperty("value")).as("what the lead typed is kept").isEqualTo(LEADS_TEXT);

		lead.click("main form button[type=submit]");
		assertThat(lead.path()).as("saving again, knowingly, replaces the other text").isEqualTo(taskList);
		lead.open(risks);
		assertThat(lead.find("#body").getDomProperty("value")).isEqualTo(LEADS_TEXT);
		journey.page("lead-text-saved");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
