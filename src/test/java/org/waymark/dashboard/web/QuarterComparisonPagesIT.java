package org.waymark.dashboard.web;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.measure.DataStatus;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.Polarity;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportMeasureRow;
import org.waymark.report.SectionType;
import org.waymark.risk.Risk;
import org.waymark.risk.RiskScore;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Comparing two quarters on PostgreSQL with the demo data. Tests that add a quarter's
 * report, action updates or a risk assessment do so in a transaction that is rolled back:
 * programme 7's 2017/18 Q4 report turns its Amber to Green and improves a measure, and
 * ORG0009 is re-scored in February 2018.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class QuarterComparisonPagesIT {

	private static final String ADMIN = "admin@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final long UNKNOWN_ID = 987_654_321L;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private DemoFixtures demo;

	private long planId;

	private long q2;

	private long q3;

	private long q4;

	@BeforeEach
	void demoPlan() {
		this.demo = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.q2 = this.demo.periodId(2017, "Q2");
		this.q3 = this.demo.periodId(2017, "Q3");
		this.q4 = this.demo.periodId(2017, "Q4");
	}

	@Test
	void byDefaultTheLatestPublishedQuarterIsComparedWithThePublishedOneBefore() throws Exception {
		// Other tests sharing the database may have published later quarters, so the
		// expected pair is read from the quarters the page itself marks as published.
		Document page = page(EXECUTIVE, "/plans/" + this.planId + "/compare");
		assertThat(page.select("h1").text()).isEqualTo("Compare two quarters");
		List<Element> published = page.select("#to option")
			.stream()
			.filter((option) -> !option.text().endsWith("(nothing published)"))
			.toList();
		assertThat(published).hasSizeGreaterThanOrEqualTo(2);
		Element later = published.get(published.size() - 1);
		Element earlier = published.get(published.size() - 2);
		assertThat(page.select("#to option[selected]").attr("value")).isEqualTo(later.attr("value"));
		assertThat(page.select("#from option[selected]").attr("value")).isEqualTo(earlier.attr("value"));
		assertThat(page.select(".govuk-body-l").text())
			.isEqualTo("What changed between " + earlier.text() + " and " + later.text() + ".");
	}

	@Test
	void theDemosQ3ComparedWithQ2ShowsWhatWasPublishedForEach() throws Exception {
		Document page = page(EXECUTIVE, compare(this.q2, this.q3, null));
		assertThat(page.select(".govuk-body-l").text())
			.isEqualTo("What changed between Year 2 Q2 (July–September 2017) and Year 2 Q3 (October–December 2017).");
		// Programme 2's Q2 status is the one fact held about Q2; the others had nothing
		// published, so their Q3 status is new.
		Element seven = programme(page, 7);
		assertThat(statusRow(seven, 0).text()).contains("Nothing published");
		assertThat(statusRow(seven, 1).select(".govuk-tag").eachText()).containsExactly("Amber", "New");
		assertThat(statusRow(seven, 1).select("a").attr("href"))
			.isEqualTo("/reports/" + this.demo.reportId(7, 2017, "Q3"));
		assertThat(seven.select("table")).as("no Q2 table to compare with").isEmpty();
		assertThat(seven.text()).contains("Measures are compared when both quarters have a measures table to show");
		Element two = programme(page, 2);
		assertThat(statusRow(two, 0).select(".govuk-tag").eachText()).containsExactly("Green");
		assertThat(two.select("table")).as("the Q2 record has no table").isEmpty();
	}

	@Test
	@Transactional
	void aPublishedNextQuarterShowsTheStatusMeasureAndRiskThatChanged() throws Exception {
		String measureName = publishProgrammeSevensQ4(true);
		Risk safeguarding = this.entityManager
			.createQuery("select r from Risk r where r.reference = 'ORG0009'", Risk.class)
			.getSingleResult();
		safeguarding.assess(LocalDate.of(2018, 2, 1), "Comparison test", new RiskScore(3, 4), null);
		this.entityManager.flush();

		Document page = page(SCRUTINY, compare(this.q3, this.q4, null));
		assertThat(page.select(".govuk-body-l").text())
			.isEqualTo("What changed between Year 2 Q3 (October–December 2017) and Year 2 Q4 (January–March 2018).");
		Element seven = programme(page, 7);
		assertThat(statusRow(seven, 0).select(".govuk-tag").eachText()).containsExactly("Amber");
		assertThat(statusRow(seven, 1).select(".govuk-tag").eachText()).containsExactly("Green", "Improving");
		assertThat(statusRow(seven, 1).text()).contains("Recruitment has caught up");
		Element measure = seven.select("tr")
			.stream()
			.filter((row) -> row.select("th").text().equals(measureName))
			.findFirst()
			.orElseThrow();
		assertThat(measure.select("td").get(2).text()).contains("Improved");
		assertThat(measure.select("td").get(1).text()).contains("March 2018");

		Element planWide = page.getElementById("plan-wide-risks").parent();
		Element risk = planWide.select("tbody tr")
			.stream()
			.filter((row) -> row.select("th").text().startsWith("ORG0009"))
			.findFirst()
			.orElseThrow();
		assertThat(risk.select("th").text()).isEqualTo("ORG0009: Safeguarding Children");
		assertThat(risk.select("td").get(0).text()).isEqualTo("4 × 5 = 20 High");
		assertThat(risk.select("td").get(1).text()).isEqualTo("3 × 4 = 12 Medium");
		assertThat(risk.select("td").get(2).text()).contains("Down from 20");

		// Other tests sharing the database may have published 2017/18 Q4 reports of other
		// programmes: the totals are checked for programme 7 alone.
		String totals = page(SCRUTINY, compare(this.q3, this.q4, this.demo.programmeId(7)))
			.select(".govuk-summary-list")
			.first()
			.text();
		assertThat(totals).contains("Programme statuses 1 improved, 0 declined", "Measures 1 improved, 0 deteriorated",
				"Risks 0 scored higher, 0 scored lower");
	}

	@Test
	@Transactional
	void aSubmittedReportIsComparedForTheExecutiveButNotForScrutiny() throws Exception {
		publishProgrammeSevensQ4(false);
		Element forExecutive = programme(page(EXECUTIVE, compare(this.q3, this.q4, null)), 7);
		assertThat(statusRow(forExecutive, 1).select(".govuk-tag").eachText()).containsExactly("Green", "Improving");
		Element forScrutiny = programme(page(SCRUTINY, compare(this.q3, this.q4, null)), 7);
		assertThat(statusRow(forScrutiny, 1).text()).contains("Nothing published").doesNotContain("Recruitment");
	}

	@Test
	@Transactional
	void oneProgrammesActionsAreComparedByTheirQuarterlyRatings() throws Exception {
		long q1 = this.demo.periodId(2018, "Q1");
		long q2Of2018 = this.demo.periodId(2018, "Q2");
		long six = this.demo.programmeId(6);
		Long actionId = this.jdbc.queryForObject("""
				select min(a.id) from action a join objective o on o.id = a.objective_id
				join action_plan ap on ap.id = o.action_plan_id where ap.programme_id = ?""", Long.class, six);
		String description = this.jdbc.queryForObject("select description from action where id = ?", String.class,
				actionId);
		this.jdbc.update("insert into action_update (action_id, reporting_period_id, brag, commentary)"
				+ " values (?, ?, 'AMBER', 'Comparison test')", actionId, q1);
		this.jdbc.update("insert into action_update (action_id, reporting_period_id, brag, commentary)"
				+ " values (?, ?, 'BLUE', 'Comparison test')", actionId, q2Of2018);

		Document page = page(ADMIN, compare(q1, q2Of2018, six));
		assertThat(page.select("h1").text()).isEqualTo("Compare two quarters of programme 6");
		assertThat(page.select(".waymark-compare-programme")).hasSize(1);
		assertThat(page.getElementById("plan-wide-risks")).as("plan-wide risks only for the whole plan").isNull();
		Element row = page.select(".waymark-compare-programme tr")
			.stream()
			.filter((candidate) -> candidate.select("th a").text().equals(Jsoup.parse(description).text()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					description + " not in " + page.select(".waymark-compare-programme").text()));
		assertThat(row.select("td").get(0).select(".govuk-tag").eachText()).first().isEqualTo("Amber");
		assertThat(row.select("td").get(1).select(".govuk-tag").eachText()).containsExactly("Blue");
		assertThat(page.select("#programme option[selected]").attr("value")).isEqualTo(String.valueOf(six));
	}

	@Test
	void quartersGivenTheWrongWayRoundAreComparedEarlierToLaterAndTheSameQuarterTwiceSaysSo() throws Exception {
		Document reversed = page(EXECUTIVE, compare(this.q3, this.q2, null));
		assertThat(reversed.select(".govuk-body-l").text()).startsWith("What changed between Year 2 Q2");
		Document same = page(EXECUTIVE, compare(this.q3, this.q3, null));
		assertThat(same.select(".govuk-inset-text").text()).startsWith("The same quarter is chosen twice.");
		assertThat(same.select(".waymark-compare-programme")).isEmpty();
	}

	@Test
	void aQuarterOrProgrammeThatIsNotThePlansIsNotFound() throws Exception {
		assertThat(response(SCRUTINY, compare(UNKNOWN_ID, this.q3, null)).getStatus()).isEqualTo(404);
		assertThat(response(SCRUTINY, compare(this.q2, this.q3, UNKNOWN_ID)).getStatus()).isEqualTo(404);
		assertThat(response(SCRUTINY, "/plans/" + UNKNOWN_ID + "/compare").getStatus()).isEqualTo(404);
		assertThat(response(SCRUTINY, "/plans/" + this.planId + "/compare?from=soon").getStatus()).isEqualTo(400);
	}

	@Test
	void theDashboardsLinkToTheComparison() throws Exception {
		assertThat(page(SCRUTINY, "/?period=" + this.q3).select("a[href]").eachAttr("href"))
			.contains("/plans/" + this.planId + "/compare?to=" + this.q3);
		assertThat(page(SCRUTINY, "/plans/" + this.planId + "/quarters/" + this.q3).select("a[href]").eachAttr("href"))
			.contains("/plans/" + this.planId + "/compare?from=" + this.q2 + "&to=" + this.q3);
		long one = this.demo.programmeId(1);
		assertThat(page(SCRUTINY, "/programmes/" + one + "?period=" + this.q3).select("a[href]").eachAttr("href"))
			.contains("/plans/" + this.planId + "/compare?to=" + this.q3 + "&programme=" + one);
	}

	/**
	 * Programme 7's 2017/18 Q4 report: Green, and the first of its Q3 measures with a
	 * number given a better figure for March 2018.
	 * @param publish whether to publish it or leave it submitted
	 * @return the name of the measure improved
	 */
	private String publishProgrammeSevensQ4(boolean publish) {
		HighlightReport q3Report = this.entityManager.find(HighlightReport.class, this.demo.reportId(7, 2017, "Q3"));
		ReportMeasureRow improved = q3Report.getMeasureRows()
			.stream()
			.filter((row) -> row.getCurrentValue() != null && row.getCurrentValue().getNumericValue() != null
					&& row.getMeasure().getPolarity() != Polarity.NEITHER)
			.findFirst()
			.orElseThrow();
		MeasureValue before = improved.getCurrentValue();
		BigDecimal better = (improved.getMeasure().getPolarity() == Polarity.HIGHER_IS_BETTER)
				? before.getNumericValue().add(BigDecimal.TEN) : before.getNumericValue().subtract(BigDecimal.ONE);
		HighlightReport report = new HighlightReport(
				this.entityManager.find(ImprovementProgramme.class, this.demo.programmeId(7)),
				this.entityManager.find(ReportingPeriod.class, this.q4));
		report.setStatus(Rag.GREEN, "Recruitment has caught up with the plan.");
		for (SectionType type : SectionType.values()) {
			report.markNilReturn(type);
		}
		report.addMeasureRow(improved.getMeasure(), null, before)
			.recordCurrent("March 2018", better, better.toPlainString(), DataStatus.REPORTED);
		report.submit("comparison test", Instant.parse("2018-04-10T09:00:00Z"));
		if (publish) {
			report.publish("comparison test", Instant.parse("2018-04-20T09:00:00Z"));
		}
		this.entityManager.persist(report);
		this.entityManager.flush();
		return improved.getMeasure().getName();
	}

	private String compare(long from, long to, Long programmeId) {
		return "/plans/" + this.planId + "/compare?from=" + from + "&to=" + to
				+ ((programmeId != null) ? "&programme=" + programmeId : "");
	}

	private static Element programme(Document page, int number) {
		return page.select(".waymark-compare-programme")
			.stream()
			.filter((section) -> section.select("h2").text().startsWith(number + "."))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section for programme " + number));
	}

	/** The programme's status row for the earlier (0) or later (1) quarter. */
	private static Element statusRow(Element programme, int index) {
		return programme.select(".govuk-summary-list .govuk-summary-list__row").get(index);
	}

	private Document page(String username, String path) throws Exception {
		MockHttpServletResponse response = response(username, path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse response(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

}
