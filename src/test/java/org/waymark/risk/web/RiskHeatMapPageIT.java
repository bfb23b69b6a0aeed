package org.waymark.risk.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The risk heat map and attention list on PostgreSQL with the demo data: ORG0009 at 3 × 5
 * = 15 (High), having been 4 × 5 = 20, and the seven programmes' key risks not yet
 * scored; the grid's table semantics and cell links to the register; the filters, and the
 * 400 page for a filter value they do not understand, which the register shares. The
 * attention list is checked with a programme 1 risk each test makes (a unique title) and
 * removes.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RiskHeatMapPageIT {

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final String TEST_RISK = "Heat map test risk: ";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private long planId;

	private long orgNine;

	@BeforeEach
	void demoPlan() {
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.orgNine = this.jdbc.queryForObject("select id from risk where reference = 'ORG0009'", Long.class);
	}

	@AfterEach
	void removeTheRisksMade() {
		String made = "select id from risk where title like '" + TEST_RISK + "%'";
		this.jdbc.update("delete from risk_assessment where risk_id in (" + made + ")");
		this.jdbc.update("delete from risk_mitigation where risk_id in (" + made + ")");
		this.jdbc.update("delete from risk where title like '" + TEST_RISK + "%'");
	}

	@Test
	void theDemoHeatMapShowsOrgNineAtPossibleCatastrophicAndTheSevenKeyRisksUnscored() throws Exception {
		Document page = page(SCRUTINY, heatMap(""));
		assertThat(page.select("h1").text()).isEqualTo("Risk heat map");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Children & Young People's Plan 2016–2019");

		Element cell = page.getElementById("cell-3-5");
		assertThat(cell.select(".waymark-heat-map__score").text()).isEqualTo("15 High");
		assertThat(cell.hasClass("waymark-heat-map__cell--high")).isTrue();
		Element count = cell.selectFirst("a.waymark-heat-map__count");
		assertThat(count.ownText()).isEqualTo("1 risk");
		assertThat(count.attr("href")).isEqualTo("/plans/" + this.planId + "/risks?likelihood=3&impact=5");
		assertThat(count.select(".govuk-visually-hidden").text()).isEqualTo("scored likelihood 3, impact 5");
		Element risk = cell.selectFirst(".waymark-heat-map__risks a");
		assertThat(risk.attr("href")).isEqualTo("/risks/" + this.orgNine);
		assertThat(risk.text()).isEqualTo("ORG0009: Safeguarding Children");
		assertThat(page.getElementById("cell-4-5").text()).isEqualTo("20 High No risks");

		Element unscored = page.getElementById("unscored");
		assertThat(unscored.text()).isEqualTo("7 risks not yet scored");
		assertThat(unscored.attr("href")).isEqualTo("/plans/" + this.planId + "/risks");
		assertThat(page.getElementById("heat-map-legend").select("li").eachText()).containsExactly("Low: 1 to 6",
				"Medium: 8 to 12", "High: 15 to 25");
		assertThat(page.select("a[href=/plans/" + this.planId + "/risks/attention]")).hasSize(1);
		assertThat(page.select(".waymark-heat-map__was, .waymark-heat-map__moved, #moves")).isEmpty();
	}

	@Test
	void theGridIsATableWithImpactColumnsAndLikelihoodRowsInWords() throws Exception {
		Element table = page(SCRUTINY, heatMap("")).getElementById("heat-map");
		assertThat(table.select("caption").text()).isEqualTo("Risks by likelihood and impact");
		assertThat(table.select("thead th[scope=colgroup]").text()).isEqualTo("Impact");
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Likelihood", "1 Negligible",
				"2 Minor", "3 Moderate", "4 Major", "5 Catastrophic");
		assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("5 Almost certain", "4 Likely",
				"3 Possible", "2 Unlikely", "1 Rare");
		assertThat(table.select("tbody tr")).allSatisfy((row) -> assertThat(row.select("td")).hasSize(5));
		assertThat(table.select("tbody tr").get(0).select("td .waymark-heat-map__score").eachText())
			.containsExactly("5 Low", "10 Medium", "15 High", "20 High", "25 High");
	}

	@Test
	void withThePreviousAssessmentOrgNineWasAtTwentyAndMovedDownToFifteen() throws Exception {
		Document page = page(SCRUTINY, heatMap("?previous=true"));
		assertThat(page.getElementById("previous").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("cell-4-5").select(".waymark-heat-map__was").text())
			.isEqualTo("ORG0009 was here (20)");
		assertThat(page.getElementById("cell-4-5").select("a")).as("no risk is scored there now").isEmpty();
		assertThat(page.getElementById("cell-3-5").select(".waymark-heat-map__moved").text())
			.isEqualTo("moved from 20");
		assertThat(page.getElementById("moves").select("li").eachText())
			.containsExactly("ORG0009 Safeguarding Children: 4 × 5 = 20 → 3 × 5 = 15 (down)");
	}

	@Test
	void filtersPickTheCorporateRisksAProgrammeOrClosedRisksAndCarryIntoTheCellLinks() throws Exception {
		Document corporate = page(SCRUTINY, heatMap("?programme=corporate"));
		assertThat(corporate.select("#programme option[selected]").text()).isEqualTo("Corporate and plan-wide risks");
		assertThat(corporate.getElementById("cell-3-5").selectFirst("a.waymark-heat-map__count").attr("href"))
			.isEqualTo("/plans/" + this.planId + "/risks?programme=corporate&likelihood=3&impact=5");
		assertThat(corporate.getElementById("unscored")).as("every key risk belongs to a programme").isNull();

		long programmeOne = programmeId(1);
		Document one = page(SCRUTINY, heatMap("?programme=" + programmeOne));
		assertThat(one.select("#programme option[selected]").text()).startsWith("Programme 1: ");
		assertThat(one.select("#programme option").eachText()).hasSize(9);
		assertThat(one.getElementById("cell-3-5").text()).isEqualTo("15 High No risks");
		assertThat(one.getElementById("unscored").text()).isEqualTo("1 risk not yet scored");
		assertThat(one.getElementById("unscored").attr("href"))
			.isEqualTo("/plans/" + this.planId + "/risks?programme=" + programmeOne);

		Document closed = page(SCRUTINY, heatMap("?status=closed"));
		assertThat(closed.select("#status option[selected]").text()).isEqualTo("Closed");
		assertThat(closed.select(".waymark-heat-map__risks")).isEmpty();
		assertThat(closed.getElementById("heat-map-summary").text())
			.isEqualTo("No risks are on the heat map (status: Closed).");

		Document all = page(SCRUTINY, heatMap("?status=ALL"));
		assertThat(all.getElementById("cell-3-5").selectFirst("a.waymark-heat-map__count").attr("href"))
			.isEqualTo("/plans/" + this.planId + "/risks?status=all&likelihood=3&impact=5");
	}

	@Test
	void theLinksBetweenThePagesLeadToTheRisksTheHeatMapCounts() throws Exception {
		Document corporate = page(SCRUTINY, heatMap("?programme=corporate&status=all"));
		String cell = corporate.getElementById("cell-3-5").selectFirst("a.waymark-heat-map__count").attr("href");
		Document register = page(SCRUTINY, cell);
		assertThat(register.select("table tbody tr").eachText()).singleElement().asString().startsWith("ORG0009");
		assertThat(register.select("#programme option[selected]").text()).isEqualTo("Corporate and plan-wide risks");
		assertThat(register.select("#status option[selected]").text()).isEqualTo("All");
		assertThat(register.select("a[href=" + heatMap("?programme=corporate&status=all") + "]")).hasSize(1);

		Document unscored = page(SCRUTINY, page(SCRUTINY, heatMap("")).getElementById("unscored").attr("href"));
		assertThat(unscored.select("table tbody tr").eachText()).filteredOn((row) -> row.contains("Not scored"))
			.hasSize(7);

		Document attention = page(SCRUTINY, corporate.select("a[href*=/risks/attention]").attr("href"));
		assertThat(attention.select("#programme option[selected]").text()).isEqualTo("Corporate and plan-wide risks");
		assertThat(attention.select("#status")).as("the attention list shows open risks only").isEmpty();
		assertThat(attention.select("a[href=" + heatMap("?programme=corporate") + "]")).hasSize(1);
	}

	/**
	 * The register, the heat map and the attention list read the same filter and refuse
	 * what they do not understand the same way.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/heat-map?programme=OTHER_PLAN | is not a programme of this plan",
					"/heat-map?programme=abc | \u201Cabc\u201D is not a programme of this plan",
					"/heat-map?status=draft | \u201Cdraft\u201D is not a status",
					"/heat-map?previous=xyz | \u201Cxyz\u201D is not an answer",
					"/attention?programme=OTHER_PLAN | is not a programme of this plan",
					"/attention?programme=987654321 | \u201C987654321\u201D is not a programme of this plan",
					"?programme=OTHER_PLAN | is not a programme of this plan",
					"?programme=abc&likelihood=3&impact=5 | \u201Cabc\u201D is not a programme of this plan",
					"?status=archived | \u201Carchived\u201D is not a status",
					"?likelihood=0&impact=5 | \u201C0\u201D is not a likelihood",
					"?likelihood=3&impact=6 | \u201C6\u201D is not an impact",
					"?likelihood=three&impact=5 | \u201Cthree\u201D is not a likelihood",
					"?likelihood=3 | likelihood or an impact (\u201C3\u201D) without the other",
					"?impact=5 | likelihood or an impact (\u201C5\u201D) without the other" })
	void aFilterValueThePageDoesNotUnderstandIsA400WithTheWayBack(String query, String explanation) throws Exception {
		String address = "/plans/" + this.planId + "/risks"
				+ query.replace("OTHER_PLAN", String.valueOf(programmeOfAnotherPlan()));
		MockHttpServletResponse answer = send(SCRUTINY, address);
		assertThat(answer.getStatus()).as(address).isEqualTo(400);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("This filter cannot be shown");
		assertThat(page.getElementById("unknown-filter").text()).contains(explanation);
		assertThat(page.select("main a").eachAttr("href")).contains(address.substring(0, address.indexOf('?')));
	}

	@Test
	void aPlanThatDoesNotExistIsNotFound() throws Exception {
		assertThat(send(SCRUTINY, "/plans/987654321/risks/heat-map").getStatus()).isEqualTo(404);
		assertThat(send(SCRUTINY, "/plans/987654321/risks/attention").getStatus()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin@example.org", "lead@example.org", "lead7@example.org", "executive@example.org",
			SCRUTINY })
	void everyoneSignedInReadsBothPages(String username) throws Exception {
		assertThat(send(username, heatMap("?previous=true")).getStatus()).isEqualTo(200);
		assertThat(send(username, "/plans/" + this.planId + "/risks/attention").getStatus()).isEqualTo(200);
	}

	@Test
	void aHighRiskWhoseScoreRoseAndWhoseReviewIsOverdueIsListedUnderEachReason() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String title = TEST_RISK + System.nanoTime();
		long riskId = risk(programmeId(1), title, 4, 5, today.minusDays(10));
		this.jdbc.update(
				"insert into risk_assessment (risk_id, assessed_on, likelihood, impact)"
						+ " values (?, ?, 3, 4), (?, ?, 4, 5)",
				riskId, today.minusMonths(6), riskId, today.minusDays(20));
		this.jdbc.update("insert into risk_mitigation (risk_id, description, status, position)"
				+ " values (?, 'Planned only', 'PLANNED', 0)", riskId);

		Document page = page(SCRUTINY, "/plans/" + this.planId + "/risks/attention");
		assertThat(page.select("h1").text()).isEqualTo("Risks needing attention");
		assertThat(page.getElementById("attention-summary").text()).startsWith("2 risks need attention.");
		String link = "a[href=/risks/" + riskId + "]";
		Element overdue = section(page, "REVIEW_OVERDUE");
		assertThat(page.getElementById("reason-REVIEW_OVERDUE").text()).isEqualTo("Review overdue (1)");
		assertThat(overdue.select(link).text()).isEqualTo(title);
		assertThat(overdue.select("tbody tr").text()).contains("Programme 1", "10 days");
		Element rose = section(page, "SCORE_ROSE");
		assertThat(rose.select(link)).hasSize(1);
		assertThat(rose.select("tbody tr").text()).contains("3 × 4 = 12", "4 × 5 = 20 High");
		Element high = section(page, "HIGH_WITHOUT_MITIGATION_IN_PROGRESS");
		assertThat(high.select("tbody tr").eachText()).anySatisfy((row) -> assertThat(row).contains(title))
			.anySatisfy((row) -> assertThat(row).startsWith("ORG0009 Safeguarding Children"));
		assertThat(high.select(link).first().closest("tr").text()).endsWith("1, not in progress");

		Document heatMap = page(SCRUTINY, heatMap("?previous=true&programme=" + programmeId(1)));
		assertThat(heatMap.getElementById("cell-4-5").select(link)).hasSize(1);
		assertThat(heatMap.getElementById("cell-3-4").select(".waymark-heat-map__was").text())
			.isEqualTo(title + " was here (12)");

		Document otherProgramme = page(SCRUTINY,
				"/plans/" + this.planId + "/risks/attention?programme=" + programmeId(7));
		assertThat(otherProgramme.getElementById("attention-summary").text()).isEqualTo("No risks need attention.");
		assertThat(otherProgramme.select("table")).isEmpty();
		assertThat(otherProgramme.select("#programme option[selected]").text()).startsWith("Programme 7: ");
	}

	@Test
	void aClosedRiskNeverNeedsAttention() throws Exception {
		String title = TEST_RISK + System.nanoTime();
		long riskId = risk(programmeId(1), title, 5, 5, LocalDate.now(this.clock).minusDays(10));
		this.jdbc.update("update risk set status = 'CLOSED' where id = ?", riskId);
		Document page = page(SCRUTINY, "/plans/" + this.planId + "/risks/attention?programme=" + programmeId(1));
		assertThat(page.select("a[href=/risks/" + riskId + "]")).isEmpty();
		assertThat(page.getElementById("attention-summary").text()).isEqualTo("No risks need attention.");
		Document closed = page(SCRUTINY, heatMap("?status=closed"));
		assertThat(closed.getElementById("cell-5-5").select("a[href=/risks/" + riskId + "]")).hasSize(1);
	}

	private Element section(Document page, String reason) {
		Element heading = page.getElementById("reason-" + reason);
		Element next = heading.nextElementSibling();
		assertThat(next).as("the table under " + reason).isNotNull();
		return next;
	}

	private long risk(long programmeId, String title, int likelihood, int impact, LocalDate review) {
		return this.jdbc.queryForObject(
				"insert into risk (plan_id, programme_id, title, likelihood, impact, review_date, status, position,"
						+ " version) values (?, ?, ?, ?, ?, ?, 'OPEN', 900, 0) returning id",
				Long.class, this.planId, programmeId, title, likelihood, impact, review);
	}

	private String heatMap(String query) {
		return "/plans/" + this.planId + "/risks/heat-map" + query;
	}

	private long programmeId(int number) {
		return this.jdbc.queryForObject("select id from improvement_programme where plan_id = ? and number = ?",
				Long.class, this.planId, number);
	}

	/** A programme of a plan other than the demo plan, or an id no programme has. */
	private long programmeOfAnotherPlan() {
		List<Long> others = this.jdbc.queryForList(
				"select id from improvement_programme where plan_id <> ? order by id limit 1", Long.class, this.planId);
		return others.isEmpty() ? 987_654_321L : others.get(0);
	}

	private MockHttpServletResponse send(String username, String address) throws Exception {
		return this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	private Document page(String username, String address) throws Exception {
		MockHttpServletResponse answer = send(username, address);
		assertThat(answer.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getContentAsString());
	}

}
