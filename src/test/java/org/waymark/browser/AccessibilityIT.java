package org.waymark.browser;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.browser.AxeScan.Finding;
import org.waymark.browser.AxeScan.Scan;
import org.waymark.browser.SiteCrawler.Crawl;
import org.waymark.support.DemoFixtures;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each person can reach, checked with axe-core against the WCAG 2.2 A and AA
 * rules. The pages are found by following the app's own links from the home page (see
 * {@link SiteCrawler}), not from a list kept by hand, so a new page is checked the moment
 * something links to it. Beside them: the sign-in page in each of its states, and the 403
 * and 404 pages.
 * <p>
 * A serious or critical finding fails the build. A moderate or minor one fails it too,
 * unless its rule is in {@code accessibility-allow-list.properties} with the reason it is
 * accepted. A link to a page that answers with an error fails it, and so does an error in
 * the browser's console (a script failing, or the Content-Security-Policy blocking
 * something a page needs).
 */
@BrowserTest
class AccessibilityIT {

	/**
	 * Far more than the app has; reaching it means the crawl is going round in circles.
	 * The admin reaches about 260 pages of the demo data, and the browser journeys that
	 * run first in the same database add more (a whole new plan with its quarters and
	 * people).
	 */
	private static final int PAGE_LIMIT = 480;

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	private static final AxeScan axe = new AxeScan();

	/**
	 * Empty when the page is no wider than the window; else its width and the elements
	 * that stick out, other than those inside a region that scrolls by itself (a clue
	 * where to look, not the verdict).
	 */
	private static final String OVERFLOW_SCRIPT = """
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width) return '';
			const scrolls = (el) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
			const culprits = [];
			for (const el of document.body.querySelectorAll('*')) {
			  if (el.getBoundingClientRect().right <= width + 1) continue;
			  // Absolutely positioned elements escape a scrolling region that is not positioned.
			  let inside = false;
			  if (!['absolute', 'fixed'].includes(getComputedStyle(el).position)) {
			    for (let p = el.parentElement; p && !inside; p = p.parentElement) inside = scrolls(p);
			  }
			  if (!inside) culprits.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : ''));
			}
			return 'the page is ' + document.documentElement.scrollWidth + ' pixels wide; sticking out: '
			  + culprits.slice(0, 10).join(', ');""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private long draftOfProgrammeOne;

	private long unpublishedOfProgrammeSeven;

	private final List<String> problems = new ArrayList<>();

	@BeforeEach
	void reportsInEveryState(Browser browser) {
		// Unpublished reports too, so that their pages are crawled and the 403 page can
		// be reached.
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.draftOfProgrammeOne = fixtures.draftReport(1);
		this.unpublishedOfProgrammeSeven = fixtures.submittedReport(7);
		browser.signOutQuietly();
		browser.consoleErrors();
	}

	@Test
	void signInPageInEachOfItsStates(Browser browser) {
		for (String page : List.of("/login", "/login?error", "/login?signedOut")) {
			browser.open(page);
			check(browser, page, 200);
		}
		browser.open("/programmes/1");
		assertThat(browser.path()).as("anonymous visitors only ever see the sign-in page").isEqualTo("/login");
		assertNoProblems();
	}

	@Test
	void theScanFindsAProblemPlantedInAPage(Browser browser) {
		browser.open("/login");
		browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', "
				+ "'<img src=\"data:,\"><input type=\"text\" name=\"planted\">')");
		assertThat(AxeScan.run(browser, "/login (planted)").violations())
			.as("axe-core runs, with the WCAG rules, and its answer is read")
			.anySatisfy((finding) -> {
				assertThat(finding.rule()).isEqualTo("image-alt");
				assertThat(finding.seriousOrWorse()).isTrue();
				assertThat(finding.targets()).anyMatch((target) -> target.contains("img"));
			})
			.anySatisfy((finding) -> assertThat(finding.rule()).isEqualTo("label"));
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void everyPageAPersonCanReach(DemoUser user, Browser browser) {
		browser.signIn(user);
		assertThat(browser.path()).as(user.email() + " signed in").isEqualTo("/");
		SiteCrawler crawler = new SiteCrawler(browser, PAGE_LIMIT);

		long started = System.nanoTime();
		Crawl crawl = crawler.crawl("/", (page) -> check(browser, page, 200));
		System.out.printf("Accessibility crawl as %s: %d pages in %.1f s%n  visited: %s%n  skipped: %s%n", user.email(),
				crawl.visited().size(), (System.nanoTime() - started) / 1e9, crawl.visited(), crawl.skipped());
		assertThat(crawl.limitReached()).as("the crawl stopped at " + PAGE_LIMIT + " pages").isFalse();
		assertThat(crawl.visited()).as("pages reached by " + user.email())
			.contains("/")
			.anyMatch((page) -> page.startsWith("/programmes/"))
			.anyMatch((page) -> page.startsWith("/reports/"))
			.anyMatch((page) -> page.matches("/plans/\\d+/quarters/\\d+"));
		crawl.broken().forEach((link) -> this.problems.add("Broken link: " + link));

		errorPage(browser, crawler, "/reports/987654321", 404);
		errorPage(browser, crawler, "/no-such-page", 404);
		Long forbidden = forbiddenReport(user);
		if (forbidden != null) {
			errorPage(browser, crawler, "/reports/" + forbidden, 403);
		}
		assertNoProblems();
	}

	/**
	 * The report-writing and review forms in the states the crawl cannot reach, because
	 * only a POST shows them: the task list with the submission error summary, forms sent
	 * back with an error, and the 409 pages of a save or submission that came too late.
	 * The shared fixture reports are never changed: every one of these is refused.
	 */
	@Test
	void reportFormsInTheirErrorStates(Browser browser) {
		String report = "/reports/" + this.draftOfProgrammeOne;
		browser.signIn(DemoUser.LEAD);

		browser.open(report + "/edit");
		browser.click("main form[action$='/submit'] button");
		expectErrorSummary(browser, "submitting an incomplete report");
		check(browser, report + "/submit", 200);

		browser.open(report + "/edit/sections/risks");
		browser.find("#body").sendKeys("A risk, and a nil return");
		browser.find("#nilReturn").click();
		browser.click("main form button[type=submit]");
		expectErrorSummary(browser, "a section with text and a nil return");
		check(browser, report + "/edit/sections/risks", 200);

		browser.open(report + "/edit/sections/risks");
		staleFingerprint(browser);
		browser.find("#body").sendKeys("Typed while someone else saved");
		browser.click("main form button[type=submit]");
		assertThat(browser.findAll("#stored-text")).as("the stored text beside theirs").hasSize(1);
		check(browser, report + "/edit/sections/risks", 409);

		browser.open(report + "/edit/status");
		staleFingerprint(browser);
		browser.find("#status-red").click();
		browser.click("main form button[type=submit]");
		expectErrorSummary(browser, "a status saved while someone else saved");
		check(browser, report + "/edit/status", 409);

		browser.open(report + "/edit");
		browser.script("document.querySelector('main form[action$=\"/submit\"] input[name=version]').value = '-1'");
		browser.click("main form[action$='/submit'] button");
		check(browser, report + "/submit", 409);

		browser.signIn(DemoUser.ADMIN);
		String submitted = "/reports/" + this.unpublishedOfProgrammeSeven;
		browser.open(submitted + "/return");
		browser.click("main form button[type=submit]");
		expectErrorSummary(browser, "returning without a comment");
		check(browser, submitted + "/return", 200);
		assertNoProblems();
	}

	/**
	 * The risk heat map (with previous positions, and filtered) and the attention list,
	 * with the 400 page of a filter they do not understand. The crawl reaches them
	 * through the register's links; they are opened here as well so that they are checked
	 * whatever links to them.
	 */
	@Test
	void riskHeatMapAndAttentionList(Browser browser) {
		long planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		browser.signIn(DemoUser.SCRUTINY);
		String risks = "/plans/" + planId + "/risks";
		for (String page : List.of(risks + "/heat-map", risks + "/heat-map?previous=true&status=all",
				risks + "/heat-map?programme=corporate&previous=true", risks + "/attention")) {
			browser.open(page);
			check(browser, page, 200);
		}
		browser.open(risks + "/heat-map?status=unknown");
		check(browser, risks + "/heat-map?status=unknown", 400);
		assertNoProblems();
	}

	/**
	 * The risk forms (h-riskedit), empty and in their error states: sent without what
	 * they need (errors) or with a stale version (409), so the demo risks never change.
	 * Checked here by address as well as by the crawl, which reaches them only from the
	 * register's pages.
	 */
	@Test
	void riskFormsInTheirErrorStates(Browser browser) {
		long risk = this.jdbc.queryForObject("select min(r.id) from risk r join improvement_programme p"
				+ " on p.id = r.programme_id where p.number = 1", Long.class);
		long mitigation = this.jdbc.queryForObject("select min(id) from risk_mitigation where risk_id = ?", Long.class,
				risk);
		long plan = this.jdbc.queryForObject("select plan_id from risk where id = ?", Long.class, risk);
		long corporate = this.jdbc.queryForObject("select id from risk where reference = 'ORG0009'", Long.class);
		String riskPage = "/risks/" + risk;
		String mitigationPage = riskPage + "/mitigations/" + mitigation;
		browser.signIn(DemoUser.LEAD);

		for (String page : List.of("/plans/" + plan + "/risks/new", riskPage + "/assess",
				riskPage + "/mitigations/new")) {
			browser.open(page);
			check(browser, page, 200);
			browser.click("main form button[type=submit]");
			expectErrorSummary(browser, "sending " + page + " without what it needs");
			check(browser, page, 200);
		}
		for (String page : List.of(riskPage + "/edit", mitigationPage + "/edit", mitigationPage + "/remove")) {
			browser.open(page);
			check(browser, page, 200);
			browser.script("document.querySelector('main form input[name=version]').value = '-1'");
			browser.click("main form button[type=submit]");
			expectErrorSummary(browser, "sending " + page + " from an older version of the risk");
			check(browser, page, 409);
		}

		browser.signIn(DemoUser.ADMIN);
		for (String page : List.of("/plans/" + plan + "/risks/new", "/risks/" + corporate + "/edit",
				"/risks/" + corporate + "/assess")) {
			browser.open(page);
			check(browser, page, 200);
		}
		assertNoProblems();
	}

	private static void staleFingerprint(Browser browser) {
		browser.script("document.querySelector('main form input[name=fingerprint]').value = 'stale'");
	}

	private static void expectErrorSummary(Browser browser, String what) {
		assertThat(browser.findAll(".govuk-error-summary")).as(what).hasSize(1);
		assertThat(browser.driver().getTitle()).as(what).startsWith("Error: ");
	}

	/**
	 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide no page scrolls sideways as a whole. A
	 * wide table may scroll within its own region, which the rule allows for data tables.
	 */
	@Test
	void everyPageFitsANarrowScreen(Browser browser) {
		browser.signIn(DemoUser.ADMIN);
		Dimension window = browser.driver().manage().window().getSize();
		browser.viewportWidth(320);
		try {
			Crawl crawl = new SiteCrawler(browser, PAGE_LIMIT).crawl("/", (page) -> {
				String overflow = (String) browser.script(OVERFLOW_SCRIPT);
				if (!overflow.isEmpty()) {
					this.problems.add("Reflow: " + page + " scrolls sideways at 320 pixels wide: " + overflow);
				}
			});
			assertThat(crawl.visited()).anyMatch((page) -> page.startsWith("/reports/"));
		}
		finally {
			browser.driver().manage().window().setSize(window);
		}
		assertNoProblems();
	}

	@AfterAll
	static void reportScansAndStaleAllowListEntries() {
		System.out.println("axe-core: " + axe.statistics());
		if (!allowList.stale().isEmpty()) {
			System.err.println("Stale entries in " + AccessibilityAllowList.RESOURCE
					+ " (they allowed nothing in this run; delete them if the pages are fixed): " + allowList.stale());
		}
	}

	/** A report this person may not see, or null for someone who may see them all. */
	private Long forbiddenReport(DemoUser user) {
		return switch (user) {
			case ADMIN -> null;
			case LEAD -> this.unpublishedOfProgrammeSeven;
			case LEAD7, EXECUTIVE, SCRUTINY -> this.draftOfProgrammeOne;
		};
	}

	private void errorPage(Browser browser, SiteCrawler crawler, String page, int status) {
		int answered = crawler.status(page);
		if (answered != status) {
			this.problems.add(page + " answered " + answered + ", not " + status);
		}
		browser.open(page);
		check(browser, page, status);
	}

	private void check(Browser browser, String page, int status) {
		Scan scan = axe.scan(browser, page);
		for (Finding finding : scan.violations()) {
			if (finding.seriousOrWorse() || !allowList.allows(finding.rule())) {
				this.problems.add(finding.describe());
			}
			else {
				System.out.println("Allowed (" + allowList.reason(finding.rule()) + "): " + finding.describe());
			}
		}
		if (!scan.needsReview().isEmpty()) {
			System.out.println("axe-core could not decide on " + page + ": "
					+ scan.needsReview().stream().map((f) -> f.rule() + " x" + f.targets().size()).toList());
		}
		// Chrome logs an error page's own status as a failed load; that one is expected.
		// So
		// is the icon browsers ask for on their own: Waymark has none yet.
		String expected = browser.baseUrl() + page
				+ " - Failed to load resource: the server responded with a status of " + status;
		for (String error : browser.consoleErrors()) {
			if (!error.startsWith(expected) && !error.contains("/favicon.ico - ")) {
				this.problems.add("Console error on " + page + ": " + error);
			}
		}
	}

	private void assertNoProblems() {
		assertThat(this.problems)
			.as("%d accessibility problems:%n%s", this.problems.size(), String.join("\n", this.problems))
			.isEmpty();
	}

}
