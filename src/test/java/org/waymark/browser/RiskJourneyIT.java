package org.waymark.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register as issue 6 asks it to be tried, in Chromium: programme 1's lead finds
 * the register from the home page, adds a risk to their programme with a first score (4 ×
 * 4 = 16, high), sees it on the heat map in the likelihood 4 × impact 4 cell, re-scores
 * it to 2 × 4 = 8 after a mitigation takes hold, and sees it move on the heat map (its
 * previous position marked); then a scrutiny councillor reads the same register and risk
 * with nothing to change, and is refused the re-score form. Each page is scanned with
 * axe. The risk the journey adds is removed afterwards.
 */
@BrowserTest
class RiskJourneyIT {

	private static final String TITLE = "Journey risk: not enough foster carers for older children";

	/** The heading of the 403 page. */
	private static final String FORBIDDEN = "You do not have permission to see this page";

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	private long plan;

	private long programme;

	@BeforeEach
	void findTheDemoPlan() {
		this.plan = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.programme = this.jdbc.queryForObject(
				"select id from improvement_programme where plan_id = ? and number = 1", Long.class, this.plan);
	}

	@AfterEach
	void removeTheRiskAdded() {
		String added = "select id from risk where title = '" + TITLE.replace("'", "''") + "'";
		this.jdbc.update("delete from risk_assessment where risk_id in (" + added + ")");
		this.jdbc.update("delete from risk_mitigation where risk_id in (" + added + ")");
		this.jdbc.update("delete from risk where id in (" + added + ")");
	}

	@Test
	void leadAddsAndRescoresARiskThatMovesOnTheHeatMapAndScrutinyReadsItOnly(Browser browser) {
		Journey journey = browser.journey("risk-register");
		browser.signIn(DemoUser.LEAD);
		browser.open("/");
		browser.click("main a[href='/plans/" + this.plan + "/risks']");
		assertThat(browser.heading()).isEqualTo("Risk register");
		scan(browser, "risk register, as a lead");
		journey.page("register");

		browser.click("main a.govuk-button[href*='/risks/new']");
		browser.find("input[name=programme][value='" + this.programme + "']").click();
		browser.find("#title").sendKeys(TITLE);
		browser.find("#description")
			.sendKeys("Too few in-house foster carers for teenagers, so placements are "
					+ "made with agencies far from home.");
		browser.find("#owner").sendKeys("Head of Children Looked After");
		browser.find("input[name=likelihood][value='4']").click();
		browser.find("input[name=impact][value='4']").click();
		scan(browser, "new risk form, filled in");
		journey.page("new-risk");
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).matches("/risks/\\d+");
		long risk = Long.parseLong(browser.path().substring("/risks/".length()));
		assertThat(browser.find("main").getText()).contains(TITLE, "4 × 4 = 16", "High", "First assessment");
		scan(browser, "the new risk's page");
		journey.page("risk-added");

		browser.open("/plans/" + this.plan + "/risks/heat-map?programme=" + this.programme);
		assertThat(linksToRisk(browser.find("#cell-4-4"), risk)).as("in the 4 × 4 cell").hasSize(1);
		assertThat(browser.find("#cell-4-4").getText()).contains("16 High");
		journey.page("heat-map-before");

		browser.open("/risks/" + risk);
		browser.click("#risk-actions a[href$='/assess']");
		assertThat(browser.find("main").getText()).contains("4 × 4 = 16");
		browser.find("input[name=likelihood][value='2']").click();
		browser.find("input[name=impact][value='4']").click();
		browser.find("#note").sendKeys("Recruitment campaign for teenage placements has brought in six carers.");
		scan(browser, "re-score form, filled in");
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).isEqualTo("/risks/" + risk);
		assertThat(browser.find(".govuk-notification-banner").getText()).contains("2 × 4 = 8", "Medium",
				"down from 16");
		assertThat(browser.findAll("main table").get(browser.findAll("main table").size() - 1).getText())
			.as("the score history table")
			.contains("4 × 4", "16", "2", "8", "Recruitment campaign");
		assertThat(browser.findAll("main svg")).as("the score history chart").isNotEmpty();
		scan(browser, "the re-scored risk's page");
		journey.page("risk-rescored");

		browser.open("/plans/" + this.plan + "/risks/heat-map?programme=" + this.programme + "&previous=true");
		assertThat(linksToRisk(browser.find("#cell-2-4"), risk)).as("now in the 2 × 4 cell").isNotEmpty();
		assertThat(linksToRisk(browser.find("#cell-4-4"), risk)).as("no longer in the 4 × 4 cell").isEmpty();
		assertThat(browser.find("#cell-4-4").getText()).as("its previous position, marked")
			.contains(TITLE.substring(0, 20))
			.contains("was here (16)");
		assertThat(browser.find("#moves").getText()).contains(TITLE, "4 × 4 = 16", "2 × 4 = 8", "down");
		scan(browser, "heat map with previous positions");
		journey.page("heat-map-after");

		browser.signIn(DemoUser.SCRUTINY);
		browser.open("/plans/" + this.plan + "/risks?programme=" + this.programme);
		assertThat(browser.find("main").getText()).contains(TITLE, "2 × 4 = 8", "Medium");
		assertThat(browser.findAll("main a[href*='/risks/new']")).as("no adding for scrutiny").isEmpty();
		scan(browser, "risk register, as scrutiny");
		browser.open("/risks/" + risk);
		assertThat(browser.findAll("#risk-actions")).as("no changing for scrutiny").isEmpty();
		assertThat(browser.findAll("main a[href*='/mitigations/']")).isEmpty();
		journey.page("risk-as-scrutiny");
		browser.open("/risks/" + risk + "/assess");
		assertThat(browser.heading()).as("the re-score form, refused").isEqualTo(FORBIDDEN);
		assertThat(
				this.jdbc.queryForObject("select count(*) from risk_assessment where risk_id = ?", Integer.class, risk))
			.as("scrutiny changed nothing")
			.isEqualTo(2);

		assertThat(this.problems).as("accessibility problems:%n%s", String.join("\n", this.problems)).isEmpty();
	}

	private static List<WebElement> linksToRisk(WebElement cell, long risk) {
		return cell.findElements(org.openqa.selenium.By.cssSelector("a[href='/risks/" + risk + "']"));
	}

	private void scan(Browser browser, String page) {
		this.problems.addAll(allowList.problemsOn(browser, page));
	}

}
