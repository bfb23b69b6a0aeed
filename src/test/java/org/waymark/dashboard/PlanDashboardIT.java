package org.waymark.dashboard;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.plan.PlanQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReportReviewService;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan dashboard and the quarter view on the demo data (PostgreSQL): 2017/18 Q3 as
 * the March 2018 scrutiny pack published it, what scrutiny may and may not see, and a
 * closed quarter shown as published while a correction is written.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDashboardIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private QuarterActions quarterActions;

	@Autowired
	private ReportQueries reportQueries;

	@Autowired
	private PlanQueries plans;

	private DemoFixtures fixtures;

	private long planId;

	private long q3;

	@BeforeAll
	void demo() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.q3 = this.fixtures.periodId(2017, "Q3");
	}

	@Test
	void homeFor2017Q3ShowsProgramme7AmberAndTheOthersGreenWithTrendsAndHistory() throws Exception {
		Document page = page("executive@example.org", "/?period=" + this.q3);

		for (int number = 1; number <= 7; number++) {
			Elements cells = row(page, number).select("td");
			assertThat(cells.get(0).selectFirst(".govuk-tag").text()).as("programme %d's status", number)
				.isEqualTo((number == 7) ? "Amber" : "Green");
			// Only programme 2 has a published status for Q2 ("We were green last
			// quarter").
			assertThat(cells.get(1).selectFirst(".govuk-tag").text()).as("programme %d's trend", number)
				.isEqualTo((number == 2) ? "Unchanged" : "New");
			Element selected = cells.get(6).selectFirst(".waymark-strip-cell--selected");
			assertThat(selected.attr("title")).isEqualTo("2017/18 Q3: " + ((number == 7) ? "Amber" : "Green"));
			assertThat(selected.select(".govuk-visually-hidden").text()).isEqualTo(selected.attr("title"));
			assertThat(cells.get(6).select("li")).as("one cell per quarter of the plan")
				.hasSize(this.plans.periodsOf(this.planId).size());
		}
		assertThat(row(page, 2).select("td").get(6).select("li[title='2017/18 Q2: Green']")).hasSize(1);
		assertThat(row(page, 6).select("td").get(0).text()).contains("From the executive summary");
		assertThat(row(page, 6).select("td").get(2).text()).contains("Exempt").contains("OFSTED inspection");
		assertThat(page.text()).contains("1 high risk on the plan-wide (corporate) register");
		assertThat(page.select("a[href='/plans/" + this.planId + "/quarters/" + this.q3 + "']")).hasSize(1);
	}

	@Test
	void measuresAreCountedFromEachPublishedReportsTable() throws Exception {
		Document page = page("scrutiny@example.org", "/?period=" + this.q3);

		for (int number : List.of(1, 2, 3, 4, 5, 7)) {
			long reportId = this.fixtures.reportId(number, 2017, "Q3");
			MeasureMovement expected = MeasureMovement
				.of(this.reportQueries.measureDirectionsOf(List.of(reportId)).get(reportId));
			String measures = row(page, number).select("td").get(4).text();
			if (expected.reported()) {
				assertThat(measures).as("programme %d", number)
					.contains(expected.improved() + " improved", expected.same() + " the same",
							expected.deteriorated() + " deteriorated");
			}
			else {
				assertThat(measures).isEqualTo("No measures table");
			}
		}
		assertThat(row(page, 6).select("td").get(4).text()).isEqualTo("No measures table");
	}

	@Test
	void actionsAreCountedForTheQuarterFromTheProgrammesActionPlans() throws Exception {
		long q1 = this.fixtures.periodId(2018, "Q1");
		BragCounts expected = QuarterActions
			.countsByProgramme(this.quarterActions.actionsOf(this.planId, this.plans.period(q1), true))
			.get(this.fixtures.programmeId(6));
		assertThat(expected.total()).as("the demo's 2018/19 action plan for programme 6").isPositive();

		String actions = row(page("executive@example.org", "/?period=" + q1), 6).select("td").get(3).text();

		if (expected.green() > 0) {
			assertThat(actions).contains(expected.green() + " green");
		}
		if (expected.amber() > 0) {
			assertThat(actions).contains(expected.amber() + " amber");
		}
		if (expected.overdue() > 0) {
			assertThat(actions).contains(expected.overdue() + " overdue");
		}
		assertThat(actions).isNotEqualTo("No action plan");
	}

	@Test
	void scrutinyNeverSeesTheStatusOfAReportNotYetPublished() throws Exception {
		this.fixtures.submittedReport(5);
		String home = "/?period=" + this.fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER);

		assertThat(row(page("executive@example.org", home), 5).select("td").get(0).text()).isEqualTo("Green");
		Element forScrutiny = row(page("scrutiny@example.org", home), 5);
		assertThat(forScrutiny.select("td").get(0).text()).isEqualTo("No status yet");
		assertThat(forScrutiny.select("td").get(6).select(".waymark-strip-cell--selected").attr("title"))
			.endsWith(": no status");
		assertThat(forScrutiny.select("a[href^='/reports/']")).isEmpty();
	}

	@Test
	void theQuarterViewShowsReasonsAchievementsSlippageAndWhoHasReported() throws Exception {
		Document page = page("scrutiny@example.org", "/plans/" + this.planId + "/quarters/" + this.q3);

		assertThat(page.select("h1").text())
			.isEqualTo("Year 2 Q3 (October\u2013December 2017): every programme side by side");
		Element seven = row(page, 7);
		assertThat(seven.select("td").get(0).text()).contains("Amber");
		HighlightReport report = this.entityManager.find(HighlightReport.class, this.fixtures.reportId(7, 2017, "Q3"));
		if (report.getStatusReason() != null) {
			assertThat(report.getStatusReason().strip().replaceAll("\\s+", " "))
				.startsWith(seven.select("td").get(1).text().replaceAll("\u2026$", ""));
		}
		for (int number : List.of(1, 2, 3, 4, 5, 7)) {
			Element row = row(page, number);
			assertThat(row.select("td").get(2).text() + row.select("td").get(3).text())
				.as("programme %d's achievements and slippage", number)
				.isNotBlank();
			assertThat(row.select("a[href='/reports/" + this.fixtures.reportId(number, 2017, "Q3") + "']"))
				.isNotEmpty();
		}
		Element exempt = row(page, 6);
		assertThat(exempt.select("td").get(0).text()).contains("Green").contains("From the executive summary");
		Elements groups = page.select(".govuk-summary-list__row");
		assertThat(groups).extracting((group) -> group.selectFirst("dt").text()).containsExactly("Published", "Exempt");
		assertThat(groups.get(1).text()).contains("6. ").contains("Exempt: No highlight report this quarter");
		assertThat(page.text()).contains("This quarter is closed: it is shown as it was published.");
	}

	@Test
	@Transactional
	void aClosedQuarterShowsThePublishedRevisionWhileACorrectionIsWritten() throws Exception {
		long publishedId = this.fixtures.reportId(4, 2017, "Q3");
		HighlightReport published = this.entityManager.find(HighlightReport.class, publishedId);
		long correctionId = this.review.startCorrection(publishedId, published.getVersion(), "A typo",
				signIn("admin@example.org"));
		HighlightReport correction = this.entityManager.find(HighlightReport.class, correctionId);
		correction.setStatus(Rag.RED, "Corrected to Red");
		this.entityManager.flush();

		Element home = row(page("admin@example.org", "/?period=" + this.q3), 4);
		assertThat(home.select("td").get(0).text()).isEqualTo("Green");
		assertThat(home.select("a[href='/reports/" + publishedId + "']")).hasSize(1);
		assertThat(home.select("a[href='/reports/" + correctionId + "']")).isEmpty();
		Element quarter = row(page("admin@example.org", "/plans/" + this.planId + "/quarters/" + this.q3), 4);
		assertThat(quarter.select("td").get(0).text()).contains("Green").doesNotContain("Red");
		assertThat(quarter.text()).doesNotContain("Corrected to Red");
		// Rolled back at the end of the test: no other test sees the correction.
	}

	@Test
	void aQuarterOfAnotherPlanIsNotFound() throws Exception {
		this.mvc
			.perform(get("/plans/" + (this.planId + 1000) + "/quarters/" + this.q3)
				.with(authentication(signIn("executive@example.org"))))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
	}

	private Document page(String username, String url) throws Exception {
		String html = this.mvc.perform(get(url).with(authentication(signIn(username))))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * A programme's row; on the home page its cells are status, trend, report, actions,
	 * measures, high risks and status by quarter.
	 */
	private Element row(Document page, int number) {
		Element link = page.selectFirst("tbody th a[href='/programmes/" + this.fixtures.programmeId(number) + "']");
		assertThat(link).as("programme %d's row", number).isNotNull();
		return link.closest("tr");
	}

	private Authentication signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
