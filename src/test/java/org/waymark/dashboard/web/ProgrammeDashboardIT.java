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
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Programme 1's dashboard on PostgreSQL with the demo data, as at Year 2 Q3 (October to
 * December 2017), the quarter the demo's reports were published for: its status history
 * with the reason given, the report in brief, its measures with sparklines and their
 * figures written out, its key risk; and only published information for scrutiny.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ProgrammeDashboardIT {

	private static final String ADMIN = "admin@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

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

	private DemoFixtures fixtures;

	private long programmeOne;

	private long q3;

	@BeforeEach
	void demo() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.programmeOne = this.fixtures.programmeId(1);
		this.q3 = this.fixtures.periodId(2017, "Q3");
	}

	@Test
	void programmeOneAsAtQ3ShowsItsStatusWithTheReasonGivenAndTheReportInBrief() throws Exception {
		Document page = page(EXECUTIVE, "/programmes/" + this.programmeOne + "?period=" + this.q3);

		assertThat(page.title()).startsWith("Programme 1, 2017/18 Q3");
		assertThat(page.select("#period option[selected]").text()).isEqualTo("Year 2 Q3 (October\u2013December 2017)");
		Element row = page.select("table:has(caption:contains(Status by quarter)) tbody tr").first();
		assertThat(row.select("th").text()).startsWith("2017/18 Q3");
		assertThat(row.text()).contains("Green",
				"The majority of actions have now completed or will complete by March 2018.");
		assertThat(row.select("a[href]").attr("href")).startsWith("/reports/");

		assertThat(page.select("#key-points").text()).isEqualTo("2017/18 Q3 highlight report in brief");
		assertThat(page.text()).contains("The action against the West Somerset Opportunity Area has gone green",
				"Work on the Inclusive Communities Charter mark has not yet commenced.",
				"That the Somerset Childrens Trust supports the progress of Programme 1");
		assertThat(page.select("a:contains(Read the full 2017/18 Q3 highlight report)").attr("href"))
			.isEqualTo("/reports/" + this.fixtures.reportId(1, 2017, "Q3"));
	}

	@Test
	void measuresHaveSparklinesLabelledByTheirFiguresWrittenOut() throws Exception {
		Document page = page(SCRUTINY, "/programmes/" + this.programmeOne + "?period=" + this.q3);

		Element visits = page.select("tr:has(a:contains(Number of visits to Somerset Choices Website))").first();
		assertThat(visits).isNotNull();
		Element sparkline = visits.selectFirst("svg.waymark-sparkline[role=img]");
		assertThat(sparkline).isNotNull();
		assertThat(sparkline.select("polyline").attr("points")).isNotBlank();
		Element figures = page.getElementById(sparkline.attr("aria-labelledby"));
		assertThat(figures).as("the sparkline is labelled by its figures").isNotNull();
		assertThat(figures.text()).contains("39,177 (R12 months ending September 17)",
				"42,760 (R12 months ending December 17)");
		assertThat(visits.text()).contains("Improved");

		Element infantMortality = page.select("tr:has(a:contains(Infant mortality))").first();
		assertThat(infantMortality.select("svg.waymark-sparkline line.waymark-sparkline__comparator"))
			.as("the England average is drawn")
			.hasSize(1);
		assertThat(infantMortality.text()).contains("England average");
	}

	@Test
	void theProgrammesKeyRiskIsListedUnscoredWithALinkToTheRegister() throws Exception {
		Document page = page(SCRUTINY, "/programmes/" + this.programmeOne + "?period=" + this.q3);

		Element risks = page.select("table:has(caption:contains(open risks))").first();
		assertThat(risks.text()).contains(
				"Risk that the Somerset partners will not be able to keep pace with the improvement activities",
				"Not scored");
		long planId = this.jdbc.queryForObject("select plan_id from improvement_programme where id = ?", Long.class,
				this.programmeOne);
		assertThat(page.select("a[href=/plans/" + planId + "/risks?programme=" + this.programmeOne + "]")).hasSize(1);
	}

	@Test
	void scrutinySeesOnlyWhatIsPublished() throws Exception {
		long draft = this.fixtures.draftReport(1, "Q2");
		this.jdbc.update("update highlight_report set state = 'DRAFT' where id = ?", draft);
		String address = "/programmes/" + this.programmeOne + "?period=" + this.fixtures.periodId(2018, "Q2");

		Document asScrutiny = page(SCRUTINY, address);
		assertThat(asScrutiny.select("a[href=/reports/" + draft + "]")).isEmpty();
		assertThat(asScrutiny.text()).contains("There is no highlight report for this quarter that you can see yet.");

		Document asAdmin = page(ADMIN, address);
		assertThat(asAdmin.select("a[href=/reports/" + draft + "]")).isNotEmpty();
	}

	@Test
	void aPastQuarterSaysRisksAreAsTheyStandToday() throws Exception {
		Document page = page(SCRUTINY,
				"/programmes/" + this.programmeOne + "?period=" + this.fixtures.periodId(2017, "Q2"));
		assertThat(page.text()).contains("these are the programme\u2019s open risks as they stand today");
		assertThat(page.select("table:has(caption:contains(Status by quarter)) tbody tr th").eachText())
			.noneMatch((quarter) -> quarter.startsWith("2017/18 Q3"));
	}

	@Test
	void anUnknownPeriodOrOneOfAnotherPlanIsNotFound() throws Exception {
		assertThat(status(ADMIN, "/programmes/" + this.programmeOne + "?period=987654321")).isEqualTo(404);
		assertThat(status(ADMIN, "/programmes/" + this.programmeOne + "?period=soon")).isEqualTo(400);
		Long otherPlanPeriod = this.transactions.execute((tx) -> {
			this.jdbc.update("insert into plan (title, short_name, first_year, last_year, status)"
					+ " values ('Dashboard test plan', 'DASHTEST', 2019, 2021, 'DRAFT')");
			long planId = this.jdbc.queryForObject("select id from plan where short_name = 'DASHTEST'", Long.class);
			this.jdbc.update("insert into reporting_period (plan_id, financial_year, quarter, state)"
					+ " values (?, 2019, 'Q1', 'UPCOMING')", planId);
			return this.jdbc.queryForObject("select id from reporting_period where plan_id = ?", Long.class, planId);
		});
		try {
			assertThat(status(ADMIN, "/programmes/" + this.programmeOne + "?period=" + otherPlanPeriod)).isEqualTo(404);
		}
		finally {
			this.jdbc.update("delete from reporting_period where id = ?", otherPlanPeriod);
			this.jdbc.update("delete from plan where short_name = 'DASHTEST'");
		}
	}

	private Document page(String username, String address) throws Exception {
		MockHttpServletResponse answer = send(username, address);
		assertThat(answer.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getContentAsString());
	}

	private int status(String username, String address) throws Exception {
		return send(username, address).getStatus();
	}

	private MockHttpServletResponse send(String username, String address) throws Exception {
		return this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

}
