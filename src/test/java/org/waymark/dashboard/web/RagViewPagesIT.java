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
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The RAG view and the scrutiny summary on PostgreSQL with the demo data: 2017/18 Q3 with
 * programme 7 Amber and the other six on track (programme 6 exempt, its status from the
 * executive summary), the filters and their 400 page, and published information only in
 * the summary. Tests that add reports or action updates do so in a transaction that is
 * rolled back.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RagViewPagesIT {

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

	private long q3;

	@BeforeEach
	void demoPlan() {
		this.demo = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.q3 = this.demo.periodId(2017, "Q3");
	}

	@Test
	void theRagViewOfQ3ListsProgrammeSevensAmberStatusAndItsMeasuresOffTarget() throws Exception {
		Document page = page(EXECUTIVE, rag(this.q3, ""));
		assertThat(page.select("h1").text()).isEqualTo("Red, amber and overdue items");
		assertThat(page.select(".govuk-body-l").text()).isEqualTo("Showing Year 2 Q3 (October–December 2017)");
		Element seven = group(page, "rag-programme-7");
		Element status = seven.selectFirst(".waymark-rag-item");
		assertThat(status.select(".waymark-rag-item__type").text()).isEqualTo("Programme status");
		assertThat(status.select(".govuk-tag").eachText()).containsExactly("Amber");
		assertThat(status.select("a").attr("href")).isEqualTo("/reports/" + this.demo.reportId(7, 2017, "Q3"));
		assertThat(items(seven, "Measure")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.select(".govuk-tag").eachText()).containsAnyOf("Red", "Amber",
					"Deteriorated"));
		assertThat(items(seven, "Measure"))
			.anySatisfy((item) -> assertThat(item.select(".govuk-tag").eachText()).contains("Red"));
		assertThat(items(seven, "Measure").get(0).select("a").attr("href")).startsWith("/measures/");
		// The six on track have no status item.
		for (int number : List.of(1, 2, 3, 4, 5, 6)) {
			Element other = page.getElementById("rag-programme-" + number);
			if (other != null) {
				assertThat(items(other.parent(), "Programme status")).as("programme %d", number).isEmpty();
			}
		}
		Element planWide = group(page, "rag-plan-wide");
		assertThat(planWide.select("a").eachText()).contains("ORG0009: Safeguarding Children");
		assertThat(planWide.selectFirst(".waymark-rag-item .govuk-tag").text()).isEqualTo("Red");
		assertThat(page.select(".govuk-inset-text").text()).startsWith("Risks are shown as they stand today");
	}

	@Test
	void filtersNarrowTheListAndStayTicked() throws Exception {
		Document page = page(EXECUTIVE, rag(this.q3, "&colour=amber&type=status"));
		assertThat(page.select(".waymark-rag-item")).hasSize(1);
		assertThat(page.select(".waymark-rag-group h2").text()).startsWith("7.");
		assertThat(page.select("p:contains(in all)").text()).isEqualTo("1 item in all.");
		assertThat(page.select("#colour-amber").hasAttr("checked")).isTrue();
		assertThat(page.select("#colour-red").hasAttr("checked")).isFalse();
		assertThat(page.select("#type-status").hasAttr("checked")).isTrue();

		Document measures = page(EXECUTIVE, rag(this.q3, "&type=measure&colour=red"));
		assertThat(measures.select(".waymark-rag-item__type").eachText()).isNotEmpty().containsOnly("Measure");
		assertThat(measures.select(".waymark-rag-item"))
			.allSatisfy((item) -> assertThat(item.select(".govuk-tag").eachText()).contains("Red"));

		Document nothing = page(EXECUTIVE, rag(this.q3, "&type=action"));
		assertThat(nothing.select(".waymark-rag-item")).isEmpty();
		assertThat(nothing.select("h2").eachText()).contains("Nothing to show");
	}

	@Test
	@Transactional
	void actionsAreListedWithTheirQuarterRatingAndWhenOverdue() throws Exception {
		long q1 = this.demo.periodId(2018, "Q1");
		long actionId = this.jdbc.queryForObject("""
				select min(a.id) from action a join objective o on o.id = a.objective_id
				join action_plan ap on ap.id = o.action_plan_id where ap.programme_id = ?""", Long.class,
				this.demo.programmeId(6));
		this.jdbc.update("insert into action_update (action_id, reporting_period_id, brag, commentary)"
				+ " values (?, ?, 'AMBER', 'RAG view test')", actionId, q1);
		Document page = page(ADMIN, rag(q1, "&type=action"));
		List<Element> actions = items(group(page, "rag-programme-6"), "Action");
		assertThat(actions).isNotEmpty();
		assertThat(actions.get(0).select(".govuk-tag").eachText()).as("amber first").contains("Amber");
		assertThat(actions)
			.allSatisfy((item) -> assertThat(item.select("a").attr("href")).startsWith("/action-plans/"));
		assertThat(page(ADMIN, rag(q1, "&type=action&colour=amber")).select(".waymark-rag-item")).hasSize(1);
	}

	@Test
	void aFilterValueItDoesNotUnderstandGetsA400PageNamingIt() throws Exception {
		MockHttpServletResponse colour = response(SCRUTINY, rag(this.q3, "&colour=purple"));
		assertThat(colour.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(colour.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("There is a problem with the web address");
		assertThat(page.getElementById("unknown-filter").text()).contains("“purple” is not a colour");
		MockHttpServletResponse type = this.mvc
			.perform(
					get(rag(this.q3, "")).param("type", "<script>").with(user(this.users.loadUserByUsername(SCRUTINY))))
			.andReturn()
			.getResponse();
		assertThat(type.getStatus()).isEqualTo(400);
		assertThat(type.getContentAsString()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void aPeriodOrPlanThatIsNotThereIsNotFound() throws Exception {
		assertThat(response(SCRUTINY, "/plans/" + this.planId + "/rag?period=" + UNKNOWN_ID).getStatus())
			.isEqualTo(404);
		assertThat(response(SCRUTINY, "/plans/" + UNKNOWN_ID + "/scrutiny-summary").getStatus()).isEqualTo(404);
	}

	@Test
	void theScrutinySummaryForQ3SaysSixOnTrackAndProgrammeSevenAtRiskWithItsReason() throws Exception {
		Document page = page(EXECUTIVE, summary(this.q3));
		assertThat(page.select("h1").text()).isEqualTo("Scrutiny summary: Year 2 Q3 (October–December 2017)");
		String opening = page.select(".waymark-scrutiny-summary__opening").text();
		assertThat(opening).startsWith("In October to December 2017, six of the seven programmes were on track; "
				+ "one, Programme 7, was at risk (amber): […] concept. Final Task and Finish Group");
		assertThat(page.select(".waymark-summary-block h2").eachText()).hasSize(7).first().asString().startsWith("1.");
		Element seven = block(page, 7);
		assertThat(seven.select(".govuk-tag").text()).isEqualTo("At risk (amber)");
		assertThat(seven.text()).contains("Key achievements:", "Think Family Task and Finish Group is continuing",
				"Slipping:");
		Element six = block(page, 6);
		assertThat(six.select(".govuk-tag").text()).isEqualTo("On track");
		assertThat(six.text()).contains("Exempt from reporting this quarter", "OFSTED inspection",
				"from the published executive summary");
		assertThat(page.text()).doesNotContain("BRAG", "RAG ");
	}

	@Test
	void aScrutinyChampionSeesTheirProgrammeFirst() throws Exception {
		Document page = page(SCRUTINY, summary(this.q3));
		Element first = page.selectFirst(".waymark-summary-block");
		assertThat(first.select("h2").text()).startsWith("5.");
		assertThat(first.text()).contains("You are the scrutiny champion for this programme.");
		assertThat(page.select(".waymark-summary-block h2").eachText().subList(1, 7))
			.extracting((heading) -> heading.substring(0, 2))
			.containsExactly("1.", "2.", "3.", "4.", "6.", "7.");
	}

	@Test
	void theHomePageLinksTheSummaryWhichLinksTheRagView() throws Exception {
		Document home = page(SCRUTINY, "/?period=" + this.q3);
		String summaryLink = "/plans/" + this.planId + "/scrutiny-summary?period=" + this.q3;
		assertThat(home.select("a[href=" + summaryLink + "]").text()).isEqualTo("Scrutiny summary");
		Document summary = page(SCRUTINY, summaryLink);
		assertThat(summary.select("a[href=/plans/" + this.planId + "/rag?period=" + this.q3 + "]").text())
			.isEqualTo("See every red, amber and overdue item");
		assertThat(summary.select("button[data-waymark-print]").hasAttr("hidden")).as("shown by the script only")
			.isTrue();
	}

	/**
	 * A correction being written for the closed Q3 and a draft in the open Q4, each with
	 * words of its own: the summary never shows them, even to an admin, who sees the Q4
	 * draft on the RAG view (so the words would show if the summary took drafts).
	 */
	@Test
	@Transactional
	void theSummaryShowsOnlyPublishedReportsEvenToAnAdmin() throws Exception {
		long q4 = this.demo.periodId(2017, "Q4");
		long seven = this.demo.programmeId(7);
		draft(seven, this.q3, "GREEN", "Zebra correction reason", "Zebra correction achievement");
		draft(seven, q4, "RED", "Quokka draft reason", "Quokka draft achievement");

		Document q3Summary = page(ADMIN, summary(this.q3));
		assertThat(q3Summary.text()).doesNotContain("Zebra").contains("was at risk (amber)");
		Document q4Summary = page(ADMIN, summary(q4));
		assertThat(q4Summary.text()).doesNotContain("Quokka");
		assertThat(block(q4Summary, 7).text()).doesNotContain("Off track");

		assertThat(page(ADMIN, rag(this.q3, "")).text()).as("a closed quarter shows what was published")
			.doesNotContain("Zebra");
		assertThat(page(ADMIN, rag(q4, "")).text()).as("an open quarter shows the admin the draft")
			.contains("Quokka draft reason");
		assertThat(page(SCRUTINY, rag(q4, "")).text()).doesNotContain("Quokka");
	}

	private void draft(long programmeId, long periodId, String status, String reason, String achievement) {
		Long reportId = this.jdbc.queryForObject("""
				insert into highlight_report (programme_id, reporting_period_id, revision, state, overall_status,
				  status_reason, version) values (?, ?, 99, 'DRAFT', ?, ?, 0) returning id""", Long.class, programmeId,
				periodId, status, reason);
		this.jdbc.update("insert into report_section (report_id, section_type, body, nil_return)"
				+ " values (?, 'ACHIEVEMENTS', ?, false)", reportId, "- " + achievement);
	}

	private String rag(long periodId, String filters) {
		return "/plans/" + this.planId + "/rag?period=" + periodId + filters;
	}

	private String summary(long periodId) {
		return "/plans/" + this.planId + "/scrutiny-summary?period=" + periodId;
	}

	private static Element group(Document page, String headingId) {
		Element heading = page.getElementById(headingId);
		assertThat(heading).as(headingId).isNotNull();
		return heading.parent();
	}

	private static Element block(Document page, int number) {
		Element heading = page.getElementById("summary-programme-" + number);
		assertThat(heading).as("programme %d", number).isNotNull();
		return heading.parent();
	}

	private static List<Element> items(Element group, String type) {
		return group.select(".waymark-rag-item")
			.stream()
			.filter((item) -> item.select(".waymark-rag-item__type").text().equals(type))
			.toList();
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
