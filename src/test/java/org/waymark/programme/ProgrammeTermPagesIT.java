package org.waymark.programme;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.support.PostgresIntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A plan that calls its programmes priorities says "Priority 1" on the programme's pages
 * beyond the dashboards: its measures, its action plans, the plan's risk register and
 * deadlines, never "Programme 1". The plan is made through the administration pages in a
 * transaction that is rolled back, with a short name of its own, so other tests never see
 * it.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@Transactional
class ProgrammeTermPagesIT {

	private static final String ADMIN = "admin@example.org";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void aPlanOfPrioritiesCallsItsProgrammePrioritiesOnTheMeasuresActionPlanAndRiskPages() throws Exception {
		String shortName = "IT term " + Long.toString(System.nanoTime(), 36);
		send(post("/admin/plans/new"),
				Map.of("title", "Plan of priorities", "shortName", shortName, "firstYear", "2026/27", "lastYear",
						"2028/29", "vision", "Every child thrives", "programmeTerm", "Priority", "programmeTermPlural",
						"Priorities"));
		long planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class, shortName);
		send(post("/admin/plans/" + planId + "/programmes/new"),
				Map.of("number", "1", "title", "Best start in life " + shortName));
		flush();
		long programmeId = this.jdbc.queryForObject("select id from improvement_programme where plan_id = ?",
				Long.class, planId);

		Document measures = page("/programmes/" + programmeId + "/measures");
		assertThat(measures.title()).startsWith("Priority 1 outcome measures");
		assertThat(measures.select("main .govuk-caption-l").text()).isEqualTo("Priority 1");
		assertThat(measures.select(".govuk-back-link").text()).isEqualTo("Back to Priority 1");

		Document actionPlans = page("/programmes/" + programmeId + "/action-plans");
		assertThat(actionPlans.select("h1").text()).isEqualTo("Priority 1 action plans");
		Document newActionPlan = page("/programmes/" + programmeId + "/action-plans/new");
		assertThat(newActionPlan.select("main .govuk-caption-l").text()).isEqualTo("Priority 1");
		assertThat(newActionPlan.select("input[name=title]").val())
			.isEqualTo(shortName + ", Priority 1, Action Plan 2026/27");

		Document register = page("/plans/" + planId + "/risks");
		assertThat(register.select("label[for=programme]").text()).isEqualTo("Priority");
		assertThat(register.select("select[name=programme] option").eachText())
			.contains("Priority 1: Best start in life " + shortName);

		Document deadlines = page("/plans/" + planId + "/deadlines");
		assertThat(deadlines.select("label[for=programme]").text()).isEqualTo("Priority");

		for (Document shown : new Document[] { measures, actionPlans, newActionPlan, register, deadlines }) {
			assertThat(shown.text()).as(shown.title()).doesNotContain("Programme 1");
		}
	}

	/** Writes what the services changed, so that SQL reads it in this transaction. */
	private void flush() {
		this.entityManager.flush();
	}

	private MvcResult send(MockHttpServletRequestBuilder request, Map<String, String> fields) throws Exception {
		fields.forEach(request::param);
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(ADMIN))).with(csrf())).andReturn();
	}

	private Document page(String address) throws Exception {
		flush();
		MvcResult answer = send(get(address), Map.of());
		assertThat(answer.getResponse().getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getResponse().getContentAsString());
	}

}
