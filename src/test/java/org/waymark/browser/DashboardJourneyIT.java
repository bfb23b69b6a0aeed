package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards as issue 7 asks them to be tried, in Chromium. The executive chooses
 * Year 2 Q3 on the home dashboard and sees programme 7 Amber and the other six on track,
 * each with a trend; opens programme 1 and finds its measures drawn as sparklines (with
 * their figures in words) and its key risk; follows the scrutiny summary to the list of
 * red, amber and overdue items. The scrutiny councillor opens the summary for the same
 * quarter from home and prints it on A4: the PDF Chromium makes is kept beside the
 * screenshots and must fit on two sides. Every page is scanned with axe.
 */
@BrowserTest
class DashboardJourneyIT {

	/** The most A4 sides the quarter's summary may take (issue 7: "a tidy A4 page"). */
	private static final int MOST_SIDES = 2;

	private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page[^s]");

	private static final Pattern MEDIA_BOX = Pattern
		.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	@Test
	void executiveReadsTheQuarterAndAProgrammeAndScrutinyPrintsTheSummaryOnA4(Browser browser) throws Exception {
		long plan = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		Journey journey = browser.journey("dashboards");
		browser.signIn(DemoUser.EXECUTIVE);
		browser.open("/");
		new Select(browser.find("select#period")).selectByVisibleText("Year 2 Q3 (October–December 2017)");
		browser.loadingNewPage(() -> browser.find("select#period").submit());
		assertThat(browser.path()).isEqualTo("/?period=" + periodId(plan));
		assertThat(browser.find("main").getText()).contains("Showing Year 2 Q3 (October–December 2017)");
		for (int number = 1; number <= 7; number++) {
			List<WebElement> cells = row(browser, number).findElements(By.tagName("td"));
			assertThat(cells.get(0).getText()).as("programme %d's status", number)
				.startsWith((number == 7) ? "Amber" : "Green");
			assertThat(cells.get(1).getText()).as("programme %d's trend", number).isNotBlank();
		}
		scan(browser, "home, 2017/18 Q3, as the executive");
		journey.page("home-q3");

		browser.click("main a[href^='/programmes/" + programmeId(plan, 1) + "']");
		assertThat(browser.findAll("main svg.waymark-sparkline")).as("measures drawn as sparklines").isNotEmpty();
		assertThat(browser.find("main").getText()).contains("Figures, earliest first", "Not scored");
		scan(browser, "programme 1's dashboard");
		journey.page("programme-1");

		browser.open("/plans/" + plan + "/scrutiny-summary?period=" + periodId(plan));
		browser.click("main a[href*='/rag']");
		String rag = browser.find("main").getText();
		assertThat(rag).contains("Red, amber and overdue items", "Amber", "Red",
				"7. Embedding a Think Family Approach across the Workforce");
		scan(browser, "red, amber and overdue items");
		journey.page("rag-view");

		browser.signIn(DemoUser.SCRUTINY);
		browser.open("/?period=" + periodId(plan));
		browser.click("main a[href*='/scrutiny-summary']");
		String summary = browser.find("main").getText();
		assertThat(summary).contains("six of the seven programmes were on track", "Programme 7");
		scan(browser, "scrutiny summary");
		journey.page("scrutiny-summary");

		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		byte[] pdf = Base64.getDecoder().decode(browser.driver().print(a4).getContent());
		Path saved = journey.page("scrutiny-summary-printed").resolveSibling("scrutiny-summary.pdf");
		Files.write(saved, pdf);
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(PAGE_OBJECT.matcher(raw).results().count()).as("A4 sides of the summary, in %s", saved)
			.isBetween(1L, (long) MOST_SIDES);
		Matcher box = MEDIA_BOX.matcher(raw);
		assertThat(box.find()).as("the PDF gives its page size").isTrue();
		assertThat(Double.parseDouble(box.group(1))).as("A4 width in points").isBetween(594.0, 597.0);
		assertThat(Double.parseDouble(box.group(2))).as("A4 height in points").isBetween(841.0, 843.0);

		assertThat(this.problems).as("accessibility problems:%n%s", String.join("\n", this.problems)).isEmpty();
	}

	private static WebElement row(Browser browser, int number) {
		return browser.findAll("main table tbody tr")
			.stream()
			.filter((row) -> row.findElement(By.tagName("th")).getText().startsWith(number + ". "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for programme " + number));
	}

	private long programmeId(long plan, int number) {
		return this.jdbc.queryForObject("select id from improvement_programme where plan_id = ? and number = ?",
				Long.class, plan, number);
	}

	/** Year 2 Q3: October to December 2017. */
	private long periodId(long plan) {
		return this.jdbc.queryForObject(
				"select id from reporting_period where plan_id = ? and financial_year = 2017 and quarter = 'Q3'",
				Long.class, plan);
	}

	private void scan(Browser browser, String page) {
		this.problems.addAll(allowList.problemsOn(browser, page));
	}

}
