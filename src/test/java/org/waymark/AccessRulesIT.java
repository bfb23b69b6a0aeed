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
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

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
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.publishedOfProgrammeFive = fixtures.reportId(5, 2017, "Q3");
		this.draftOfProgrammeOne = fixtures.draftReport(1);
		this.submittedOfProgrammeSeven = fixtures.submittedReport(7);
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

}
