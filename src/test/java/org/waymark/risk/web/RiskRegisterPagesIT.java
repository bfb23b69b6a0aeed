package org.waymark.risk.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The risk register and risk pages on PostgreSQL with the demo data: the seven
 * programmes' key risks (unscored) and the corporate risk ORG0009 "Safeguarding Children"
 * (4 × 5 = 20 on 7 June 2017, 3 × 5 = 15 on 31 May 2019). lead@example.org leads
 * Programmes 1 and 5. Risks these tests add are titled "Test risk:" and removed after
 * each test.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RiskRegisterPagesIT {

	private static final String ADMIN = "admin@example.org";

	private static final String LEAD = "lead@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeTheRisksMade() {
		String made = "select id from risk where title like 'Test risk:%'";
		this.jdbc.update("delete from risk_assessment where risk_id in (" + made + ")");
		this.jdbc.update("delete from risk_mitigation where risk_id in (" + made + ")");
		this.jdbc.update("delete from risk where title like 'Test risk:%'");
	}

	@Test
	void theRegisterShowsEveryProgrammesKeyRiskAndOrg0009ScoredHighAndDownFromTwenty() throws Exception {
		long plan = planId();
		Document page = page(SCRUTINY, "/plans/" + plan + "/risks");
		assertThat(page.select("h1").text()).isEqualTo("Risk register");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo(this.jdbc
			.queryForObject("select title from plan where short_name = ?", String.class, DemoFixtures.DEMO_PLAN));
		assertThat(page.select("#risk-counts").text()).isEqualTo("8 open risks: 1 high, 0 medium, 0 low, 7 not scored");

		Element table = page.selectFirst("table.govuk-table");
		assertThat(table.select("caption").text()).startsWith("Risks on the register of");
		assertThat(table.select("thead th")).allSatisfy((th) -> assertThat(th.attr("scope")).isEqualTo("col"));
		List<String> rows = table.select("tbody tr").eachText();
		assertThat(rows).hasSize(8);
		// Corporate first, then programmes 1 to 7.
		assertThat(rows.get(0)).startsWith("ORG0009 Safeguarding Children")
			.contains("Corporate / plan-wide", "Director of Children's Services", "3 \u00d7 5 = 15", "High",
					"Down from 20", "Open");
		for (int number = 1; number <= 7; number++) {
			assertThat(rows.get(number)).contains("Programme " + number, "Not scored");
		}
		assertThat(rows.get(1)).startsWith("Risk that the Somerset partners will not be able to keep pace");
		assertThat(rows.get(7)).startsWith("Risk that permanent social work vacancies are not filled");

		Element org0009 = table.selectFirst("tbody tr");
		assertThat(org0009.selectFirst("th").attr("scope")).isEqualTo("row");
		assertThat(org0009.select("a[href=/risks/" + org0009Id() + "]").text()).isEqualTo("Safeguarding Children");
		Element band = org0009.selectFirst("strong.govuk-tag.govuk-tag--red");
		assertThat(band.text()).as("the band in words, not only colour").isEqualTo("High");
		assertThat(org0009.select(".waymark-risk-movement__arrow").attr("aria-hidden")).isEqualTo("true");
		assertThat(org0009.select(".waymark-risk-movement__arrow").text()).isEqualTo("\u2193");

		assertThat(page.select("a[href=/plans/" + plan + "/risks/heat-map]")).hasSize(1);
		assertThat(page.select("a[href=/plans/" + plan + "/risks/attention]")).hasSize(1);
		// Scrutiny reads the register but adds nothing.
		assertThat(page.select("a[href$=/risks/new]")).isEmpty();
	}

	@Test
	void leadsAndAdminsAreOfferedToAddARiskOthersAreNot() throws Exception {
		long plan = planId();
		assertThat(page(LEAD, "/plans/" + plan + "/risks").select("a.govuk-button[href=/plans/" + plan + "/risks/new]")
			.text()).isEqualTo("Add a risk");
		assertThat(
				page(ADMIN, "/plans/" + plan + "/risks").select("a.govuk-button[href=/plans/" + plan + "/risks/new]"))
			.hasSize(1);
		assertThat(page(EXECUTIVE, "/plans/" + plan + "/risks").select("a[href*=/risks/new]")).isEmpty();
		// Filtered to a programme they lead, the new risk starts on it.
		long one = programmeId(1);
		assertThat(page(LEAD, "/plans/" + plan + "/risks?programme=" + one)
			.select("a.govuk-button[href=/plans/" + plan + "/risks/new?programme=" + one + "]")).hasSize(1);
		assertThat(page(LEAD, "/plans/" + plan + "/risks?programme=" + programmeId(7))
			.select("a.govuk-button[href=/plans/" + plan + "/risks/new]")).hasSize(1);
	}

	@Test
	void filtersPickAProgrammeOrTheCorporateRisksAndTheLinksKeepThem() throws Exception {
		long plan = planId();
		long seven = programmeId(7);
		Document programme = page(EXECUTIVE, "/plans/" + plan + "/risks?programme=" + seven);
		assertThat(programme.select("table tbody tr").eachText()).singleElement()
			.asString()
			.startsWith("Risk that permanent social work vacancies");
		assertThat(programme.select("#risk-counts").text())
			.isEqualTo("1 open risk: 0 high, 0 medium, 0 low, 1 not scored");
		assertThat(programme.select("select#programme option[selected]").text()).startsWith("Programme 7: ");
		assertThat(programme.select("a[href=/plans/" + plan + "/risks/heat-map?programme=" + seven + "]")).hasSize(1);
		assertThat(programme.select("a[href=/plans/" + plan + "/risks/attention?programme=" + seven + "]")).hasSize(1);

		Document corporate = page(EXECUTIVE, "/plans/" + plan + "/risks?programme=corporate");
		assertThat(corporate.select("table tbody tr").eachText()).singleElement()
			.asString()
			.startsWith("ORG0009 Safeguarding Children");
		assertThat(corporate.select("select#programme option[selected]").text())
			.isEqualTo("Corporate and plan-wide risks");
		assertThat(corporate.select("a[href=/plans/" + plan + "/risks/heat-map?programme=corporate]")).hasSize(1);

		// A programme that is not the plan's is a filter not understood (400, as on the
		// heat map); a plan that does not exist is not found.
		assertThat(status(EXECUTIVE, "/plans/" + plan + "/risks?programme=987654321")).isEqualTo(400);
		assertThat(status(EXECUTIVE, "/plans/" + plan + "/risks?programme=nonsense")).isEqualTo(400);
		assertThat(status(EXECUTIVE, "/plans/987654321/risks")).isEqualTo(404);
		assertThat(status(EXECUTIVE, "/plans/987654321/risks?programme=nonsense")).isEqualTo(404);
	}

	@Test
	void closedRisksShowOnlyWhenAskedFor() throws Exception {
		long plan = planId();
		long closed = testRisk(2, "Test risk: a closed one", "CLOSED", null);
		Document open = page(SCRUTINY, "/plans/" + plan + "/risks");
		assertThat(open.select("a[href=/risks/" + closed + "]")).isEmpty();

		Document onlyClosed = page(SCRUTINY, "/plans/" + plan + "/risks?status=closed");
		assertThat(onlyClosed.select("table tbody tr").eachText()).singleElement()
			.asString()
			.contains("Test risk: a closed one", "Programme 2", "Closed");
		assertThat(onlyClosed.select("#risk-counts").text())
			.isEqualTo("1 closed risk: 0 high, 0 medium, 0 low, 1 not scored");
		assertThat(onlyClosed.select("a[href=/plans/" + plan + "/risks/heat-map?status=closed]")).hasSize(1);

		Document all = page(SCRUTINY, "/plans/" + plan + "/risks?status=all");
		assertThat(all.select("table tbody tr")).hasSize(9);
		assertThat(all.select("#risk-counts").text()).startsWith("9 risks, open and closed");

		MockHttpServletResponse nonsense = get(SCRUTINY, "/plans/" + plan + "/risks?status=archived");
		assertThat(nonsense.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(nonsense.getContentAsString()).select("#unknown-filter").text())
			.isEqualTo("\u201Carchived\u201D is not a status. Choose open, closed or all.");
	}

	@Test
	void aHeatMapCellShowsTheRisksScoredThatWayWithALinkToClearIt() throws Exception {
		long plan = planId();
		Document cell = page(SCRUTINY, "/plans/" + plan + "/risks?likelihood=3&impact=5");
		assertThat(cell.select("#risk-cell").text()).startsWith("Showing risks scored likelihood 3 \u00d7 impact 5");
		assertThat(cell.select("#risk-cell a[href=/plans/" + plan + "/risks]").text())
			.isEqualTo("Show risks of every score");
		assertThat(cell.select("table tbody tr").eachText()).singleElement().asString().startsWith("ORG0009");
		// The filter form keeps the cell.
		assertThat(cell.select("form input[type=hidden][name=likelihood]").val()).isEqualTo("3");
		assertThat(cell.select("form input[type=hidden][name=impact]").val()).isEqualTo("5");

		Document empty = page(SCRUTINY, "/plans/" + plan + "/risks?likelihood=4&impact=5");
		assertThat(empty.select("table")).isEmpty();
		assertThat(empty.select("#no-risks").text()).isEqualTo("No risks on the register match these filters.");

		// Changing the programme or status keeps the cell; the heat map of these risks
		// shows every cell.
		Document corporateCell = page(SCRUTINY,
				"/plans/" + plan + "/risks?programme=corporate&status=all&likelihood=3&impact=5");
		assertThat(corporateCell.select("table tbody tr").eachText()).singleElement().asString().startsWith("ORG0009");
		assertThat(corporateCell.select("#risk-cell a").attr("href"))
			.isEqualTo("/plans/" + plan + "/risks?programme=corporate&status=all");
		assertThat(corporateCell.select("a[href=/plans/" + plan + "/risks/heat-map?programme=corporate&status=all]"))
			.hasSize(1);

		MockHttpServletResponse outOfRange = get(SCRUTINY, "/plans/" + plan + "/risks?likelihood=9&impact=5");
		assertThat(outOfRange.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(outOfRange.getContentAsString()).select("#unknown-filter").text())
			.isEqualTo("\u201C9\u201D is not a likelihood. A likelihood is a whole number from 1 to 5.");
	}

	@Test
	void org0009sPageHasBothAssessmentsInTheHistoryTableAndTheChart() throws Exception {
		long id = org0009Id();
		Document page = page(SCRUTINY, "/risks/" + id);
		assertThat(page.select("h1").text()).isEqualTo("ORG0009 Safeguarding Children");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Corporate / plan-wide");
		assertThat(page.select(".govuk-summary-list").text()).contains("failure to secure improvement",
				"Director of Children's Services", "31 May 2019");
		assertThat(page.select("#current-score").text()).isEqualTo("3 \u00d7 5 = 15 High");
		assertThat(page.select("#movement").text()).isEqualTo("\u2193 Down from 20");
		// High, and no mitigation at all, let alone one in progress.
		assertThat(page.select(".govuk-warning-text").text())
			.contains("it is high (15) and none of its mitigations is in progress");
		assertThat(page.select("#no-mitigations").text()).isEqualTo("No mitigations have been recorded.");

		Element history = page.select("table").last();
		assertThat(history.select("caption").text()).isEqualTo("Assessments of Safeguarding Children, oldest first");
		List<String> rows = history.select("tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("7 June 2017 Cabinet report, 7 June 2017 4 5 4 \u00d7 5 = 20 High");
		assertThat(rows.get(1)).startsWith("31 May 2019 Not recorded 3 5 3 \u00d7 5 = 15 High");

		Element chart = page.selectFirst("svg[role=img]");
		assertThat(chart).isNotNull();
		assertThat(chart.attr("aria-labelledby")).isEqualTo("risk-chart-title risk-chart-desc");
		assertThat(chart.select("title#risk-chart-title").text())
			.isEqualTo("Chart of the score of Safeguarding Children over time");
		assertThat(chart.select("desc").text()).contains("2 assessments from 7 June 2017 to 31 May 2019",
				"from 20 to 15");
		assertThat(chart.select(".waymark-chart__values circle")).hasSize(2);
		assertThat(chart.select(".waymark-chart__values polyline")).hasSize(1);
		assertThat(chart.select(".waymark-chart__values circle title").eachText())
			.containsExactly("7 June 2017: 4 \u00d7 5 = 20, High", "31 May 2019: 3 \u00d7 5 = 15, High");
		assertThat(chart.select(".waymark-risk-chart__band-label").eachText()).containsExactly("Low (1 to 6)",
				"Medium (8 to 12)", "High (15 to 25)");
		assertThat(chart.select(".waymark-chart__target")).as("ORG0009 has no target score").isEmpty();
	}

	@Test
	void anUnscoredKeyRiskShowsItsImpactsAndMitigationsAndNoChart() throws Exception {
		long id = keyRiskId(6);
		Document page = page(EXECUTIVE, "/risks/" + id);
		assertThat(page.select(".govuk-caption-l").text()).startsWith("Programme 6: ");
		assertThat(page.select(".govuk-summary-list ul.govuk-list--bullet li").eachText())
			.contains("Inconsistent practice amongst staff");
		assertThat(page.select("#current-score").text()).isEqualTo("Not scored");
		assertThat(page.select("#not-scored").text()).isEqualTo("This risk has not been scored yet.");
		assertThat(page.select("svg")).isEmpty();
		List<String> mitigations = page.select("table tbody tr").eachText();
		assertThat(mitigations).hasSize(5);
		assertThat(mitigations.get(0))
			.isEqualTo("Managers taking action to control work flow Not recorded In progress");
		assertThat(page.select("a[href=/plans/" + planId() + "/risks?programme=" + programmeId(6) + "]").text())
			.isEqualTo("Back to the risk register");
	}

	@Test
	void aRiskPastItsReviewDateSaysSoWithATargetLineOnItsChart() throws Exception {
		long id = testRisk(1, "Test risk: not reviewed", "OPEN", "2018-01-31");
		this.jdbc.update("update risk set target_score = 8, likelihood = 4, impact = 3 where id = ?", id);
		this.jdbc.update("insert into risk_assessment (risk_id, assessed_on, assessed_by, likelihood, impact)"
				+ " values (?, cast('2017-10-01' as date), 'Test', 2, 3), (?, cast('2018-01-01' as date), 'Test', 4, 3)",
				id, id);
		Document page = page(SCRUTINY, "/risks/" + id);
		assertThat(page.select(".govuk-summary-list").text()).contains("31 January 2018 Overdue");
		assertThat(page.select("#movement").text()).isEqualTo("\u2191 Up from 6");
		assertThat(page.select(".govuk-warning-text").eachText())
			.anyMatch((warning) -> warning.contains("its review date, 31 January 2018, has passed"))
			.anyMatch((warning) -> warning.contains("its score rose from 6 to 12"));
		Element target = page.selectFirst("svg .waymark-chart__target");
		assertThat(target.select("line").attr("stroke-dasharray")).isEqualTo("8 4");
		assertThat(target.select("text").text()).isEqualTo("Target 8");
		assertThat(page(SCRUTINY, "/plans/" + planId() + "/risks?programme=" + programmeId(1)).select("tbody tr")
			.eachText())
			.anyMatch((row) -> row.contains("Test risk: not reviewed") && row.contains("Overdue")
					&& row.contains("4 \u00d7 3 = 12 Medium") && row.contains("Up from 6"));
	}

	@Test
	void onlyThoseWhoMayChangeARiskAreOfferedTheChanges() throws Exception {
		long one = keyRiskId(1);
		long seven = keyRiskId(7);
		long org0009 = org0009Id();
		for (long risk : List.of(one, seven, org0009)) {
			assertThat(page(SCRUTINY, "/risks/" + risk).select("a[href^=/risks/" + risk + "/]"))
				.as("scrutiny on risk %s", risk)
				.isEmpty();
			assertThat(page(EXECUTIVE, "/risks/" + risk).select("a[href^=/risks/" + risk + "/]")).isEmpty();
		}
		Document leadsOwn = page(LEAD, "/risks/" + one);
		assertThat(leadsOwn.select("#risk-actions a").eachText()).containsExactly("Change details", "Re-score");
		assertThat(leadsOwn.select("a[href=/risks/" + one + "/edit]")).hasSize(1);
		assertThat(leadsOwn.select("a[href=/risks/" + one + "/assess]")).hasSize(1);
		assertThat(leadsOwn.select("a[href=/risks/" + one + "/mitigations/new]").text()).isEqualTo("Add a mitigation");
		assertThat(leadsOwn.select("a[href~=/risks/" + one + "/mitigations/\\d+/edit]")).hasSize(3);
		assertThat(leadsOwn.select("a[href~=/risks/" + one + "/mitigations/\\d+/remove]").first().text())
			.isEqualTo("Remove mitigation 1");
		assertThat(page(LEAD, "/risks/" + seven).select("a[href^=/risks/" + seven + "/]")).isEmpty();
		assertThat(page(LEAD, "/risks/" + org0009).select("a[href^=/risks/" + org0009 + "/]")).isEmpty();
		assertThat(page(ADMIN, "/risks/" + org0009).select("#risk-actions a")).hasSize(2);
		assertThat(status(SCRUTINY, "/risks/987654321")).isEqualTo(404);
	}

	@Test
	void theHomePageAndEachProgrammePageLinkToTheRegister() throws Exception {
		long plan = planId();
		assertThat(page(SCRUTINY, "/").select("a[href=/plans/" + plan + "/risks]").text()).startsWith("Risk register");
		long five = programmeId(5);
		assertThat(page(SCRUTINY, "/programmes/" + five)
			.select("a[href=/plans/" + plan + "/risks?programme=" + five + "]")).hasSize(1);
	}

	private long testRisk(int programme, String title, String status, String reviewDate) {
		return this.jdbc.queryForObject(
				"insert into risk (plan_id, programme_id, title, status, review_date, position, version)"
						+ " values (?, ?, ?, ?, cast(? as date), 100, 0) returning id",
				Long.class, planId(), programmeId(programme), title, status, reviewDate);
	}

	private Document page(String username, String address) throws Exception {
		MockHttpServletResponse answer = get(username, address);
		assertThat(answer.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getContentAsString());
	}

	private int status(String username, String address) throws Exception {
		return get(username, address).getStatus();
	}

	private MockHttpServletResponse get(String username, String address) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(address)
				.with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	private long planId() {
		return this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class, DemoFixtures.DEMO_PLAN);
	}

	private long programmeId(int number) {
		return this.jdbc.queryForObject("select p.id from improvement_programme p join plan pl on pl.id = p.plan_id"
				+ " where pl.short_name = ? and p.number = ?", Long.class, DemoFixtures.DEMO_PLAN, number);
	}

	private long keyRiskId(int programme) {
		return this.jdbc.queryForObject("select min(r.id) from risk r where r.programme_id = ?", Long.class,
				programmeId(programme));
	}

	private long org0009Id() {
		return this.jdbc.queryForObject("select r.id from risk r where r.plan_id = ? and r.reference = 'ORG0009'",
				Long.class, planId());
	}

}
