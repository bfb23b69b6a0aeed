package org.waymark.browser;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;
import org.waymark.support.SampleFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead attaching a case study in Chromium, with real files chosen in the browser's file
 * input: a web page named as a PDF is refused on the form with the title and summary
 * kept, a real PDF is added and listed, then changed and removed. Each page is scanned
 * with axe-core on the way, in the states a crawl never reaches (a form with an error, a
 * card list, the removal question).
 * <p>
 * It writes its own draft, programme 1's 2018/19 Q3 report, which no other test writes.
 */
@BrowserTest
class CaseStudyJourneyIT {

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	@TempDir
	Path files;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private final List<String> problems = new ArrayList<>();

	@Test
	void leadAddsChangesAndRemovesACaseStudyWithAFile(Browser browser) throws IOException {
		long draft = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).draftReport(1, "Q3");
		Journey journey = browser.journey("case-study");
		browser.signIn(DemoUser.LEAD);
		browser.open("/reports/" + draft + "/edit");
		browser.click("#task-case-studies a");
		String list = "/reports/" + draft + "/edit/case-studies";
		assertThat(browser.path()).isEqualTo(list);
		scan(browser, "case studies, none yet");
		journey.page("no-case-studies");

		browser.find("#title").sendKeys("Young Carers Think Family");
		browser.find("#summary").sendKeys("- 12 young carers supported\n- 3 schools trained");
		browser.find("#file").sendKeys(file("report.pdf", SampleFiles.html()).toString());
		browser.click("main form[enctype] button[type=submit]");
		assertThat(browser.find(".govuk-error-summary").getText()).contains(message("caseStudy.file.NOT_ALLOWED"));
		assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Young Carers Think Family");
		assertThat(browser.find("#summary").getDomProperty("value"))
			.isEqualTo("- 12 young carers supported\n- 3 schools trained");
		assertThat(browser.driver().getTitle()).startsWith("Error: ");
		scan(browser, "case studies, a refused file");
		journey.page("web-page-named-pdf-refused");

		browser.find("#file").sendKeys(file("Young carers.pdf", SampleFiles.pdf()).toString());
		browser.click("main form[enctype] button[type=submit]");
		assertThat(browser.path()).isEqualTo(list);
		assertThat(browser.find(".govuk-notification-banner").getText()).contains("Young Carers Think Family");
		assertThat(browser.find(".govuk-summary-card").getText()).contains("Young Carers Think Family",
				"12 young carers supported", "Download Young carers.pdf (1 KB)");
		scan(browser, "case studies, one added");
		journey.page("case-study-added");

		browser.click(".govuk-summary-card__action:first-child a");
		scan(browser, "change a case study");
		browser.find("#title").clear();
		browser.find("#title").sendKeys("Young Carers");
		browser.click("main form button[type=submit]");
		assertThat(browser.find(".govuk-summary-card__title").getText()).isEqualTo("Young Carers");
		journey.page("case-study-changed");

		browser.click(".govuk-summary-card__action:last-child a");
		assertThat(browser.heading()).isEqualTo(message("caseStudy.removeTitle"));
		scan(browser, "remove a case study");
		journey.page("remove-asks-first");
		browser.click("main form button.govuk-button--warning");
		assertThat(browser.path()).isEqualTo(list);
		assertThat(browser.findAll(".govuk-summary-card")).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from case_study where report_id = ?", Integer.class, draft))
			.isZero();
		journey.page("case-study-removed");

		browser.open(list + "?fileTooBig");
		scan(browser, "case studies, a file too large to receive");
		journey.page("file-too-large-to-receive");

		assertThat(this.problems).as("accessibility problems:%n%s", String.join("\n", this.problems)).isEmpty();
	}

	private Path file(String name, byte[] content) throws IOException {
		Path directory = Files.createTempDirectory(this.files, "upload");
		return Files.write(directory.resolve(name), content);
	}

	private void scan(Browser browser, String page) {
		this.problems.addAll(allowList.problemsOn(browser, page));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
