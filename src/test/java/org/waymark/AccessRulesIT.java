package org.waymark;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.SectionType;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The permissions of DESIGN.md, checked on the real application with the demo data on
 * PostgreSQL: who may sign in, and who may open a draft, a submitted and a published
 * report.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class AccessRulesIT {

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

	private long draftOfProgrammeOne;

	private long submittedOfProgrammeSeven;

	private long publishedOfProgrammeFive;

	@BeforeEach
	void reports() {
		this.publishedOfProgrammeFive = reportOf(5, 2017, "Q3");
		this.draftOfProgrammeOne = this.transactions.execute((tx) -> existingOrNew(1, "Q4", false));
		this.submittedOfProgrammeSeven = this.transactions.execute((tx) -> existingOrNew(7, "Q4", true));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : new String[] { "/", "/programmes/1", "/reports/" + this.publishedOfProgrammeFive,
				"/anything-else" }) {
			this.mvc.perform(get(page))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", endsWith("/login")));
		}
	}

	@Test
	void signInPageAndStaticAssetsAreOpen() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
	}

	@Test
	void everyDemoUserCanSignInAndAWrongPasswordCannot() throws Exception {
		for (String[] account : new String[][] { { "admin@example.org", "admin-demo-1" },
				{ "lead@example.org", "lead-demo-1" }, { "lead7@example.org", "lead7-demo-1" },
				{ "executive@example.org", "executive-demo-1" }, { "scrutiny@example.org", "scrutiny-demo-1" } }) {
			this.mvc.perform(formLogin("/login").user(account[0]).password(account[1])).andExpect(authenticated());
		}
		this.mvc.perform(formLogin("/login").user("admin@example.org").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?error*"));
	}

	@Test
	void scrutinySeesPublishedReportsOnly() throws Exception {
		expect("scrutiny@example.org", this.publishedOfProgrammeFive, 200);
		expect("scrutiny@example.org", this.submittedOfProgrammeSeven, 403);
		expect("scrutiny@example.org", this.draftOfProgrammeOne, 403);
	}

	@Test
	void leadSeesOwnProgrammesDraftButNotSomeoneElses() throws Exception {
		expect("lead@example.org", this.draftOfProgrammeOne, 200);
		expect("lead7@example.org", this.draftOfProgrammeOne, 403);
		expect("lead@example.org", this.submittedOfProgrammeSeven, 403);
		expect("lead7@example.org", this.submittedOfProgrammeSeven, 200);
	}

	@Test
	void executiveSeesSubmittedAndPublishedButNotDrafts() throws Exception {
		expect("executive@example.org", this.submittedOfProgrammeSeven, 200);
		expect("executive@example.org", this.publishedOfProgrammeFive, 200);
		expect("executive@example.org", this.draftOfProgrammeOne, 403);
	}

	@Test
	void adminSeesEverything() throws Exception {
		expect("admin@example.org", this.draftOfProgrammeOne, 200);
		expect("admin@example.org", this.submittedOfProgrammeSeven, 200);
		expect("admin@example.org", this.publishedOfProgrammeFive, 200);
	}

	@Test
	void missingReportIsA404PageWithoutAStackTrace() throws Exception {
		this.mvc.perform(get("/reports/987654321").with(user(this.users.loadUserByUsername("admin@example.org"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/logout").with(user(this.users.loadUserByUsername("admin@example.org"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private void expect(String username, long reportId, int status) throws Exception {
		this.mvc.perform(get("/reports/" + reportId).with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().is(status));
	}

	private long reportOf(int programmeNumber, int financialYear, String quarter) {
		return this.jdbc.queryForObject("""
				select r.id from highlight_report r
				join improvement_programme p on p.id = r.programme_id
				join reporting_period q on q.id = r.reporting_period_id
				join plan on plan.id = p.plan_id
				where plan.short_name = 'CYPP 2016-19' and p.number = ? and q.financial_year = ? and q.quarter = ?
				and r.revision = 1""", Long.class, programmeNumber, financialYear, quarter);
	}

	/**
	 * A 2017/18 Q4 report for the programme, as a draft or submitted; made once per
	 * database.
	 */
	private long existingOrNew(int programmeNumber, String quarter, boolean submitted) {
		Long existing = this.jdbc
			.query("""
					select r.id from highlight_report r
					join improvement_programme p on p.id = r.programme_id
					join reporting_period q on q.id = r.reporting_period_id
					join plan on plan.id = p.plan_id
					where plan.short_name = 'CYPP 2016-19' and p.number = ? and q.financial_year = 2017 and q.quarter = ?""",
					(rs) -> rs.next() ? rs.getLong(1) : null, programmeNumber, quarter);
		if (existing != null) {
			return existing;
		}
		Long programmeId = this.jdbc.queryForObject("""
				select p.id from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = 'CYPP 2016-19' and p.number = ?""", Long.class, programmeNumber);
		Long periodId = this.jdbc.queryForObject("""
				select q.id from reporting_period q join plan on plan.id = q.plan_id
				where plan.short_name = 'CYPP 2016-19' and q.financial_year = 2017 and q.quarter = ?""", Long.class,
				quarter);
		HighlightReport report = new HighlightReport(this.entityManager.find(ImprovementProgramme.class, programmeId),
				this.entityManager.find(ReportingPeriod.class, periodId));
		report.setStatus(Rag.GREEN, "On track");
		if (submitted) {
			for (SectionType type : SectionType.values()) {
				report.section(type).markNilReturn();
			}
			report.submit("lead7@example.org", Instant.parse("2018-04-10T09:00:00Z"));
		}
		this.entityManager.persist(report);
		return report.getId();
	}

}
