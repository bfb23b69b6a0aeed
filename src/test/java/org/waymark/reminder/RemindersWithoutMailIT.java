package org.waymark.reminder;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.reminder.ReminderPlans.TestPlan;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.user.TestUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With no mail server configured (the default), reminders are listed in the application
 * instead of failing, and the admin reads them there. The context is the one most
 * integration tests share (demo data, no mail).
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RemindersWithoutMailIT {

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private Reminders reminders;

	@Autowired
	private MockMvc mvc;

	private ReminderPlans plans;

	private TestPlan plan;

	@BeforeEach
	void makePlan() {
		this.plans = new ReminderPlans(this.entityManager, this.transactions, this.jdbc, this.events);
		this.plan = this.plans.create();
	}

	@AfterEach
	void closeQuarter() {
		this.plans.close(this.plan);
	}

	@Test
	void withoutAMailServerOpeningAQuarterListsTheRemindersInstead() {
		assertThat(this.reminders.mailConfigured()).isFalse();

		this.plans.open(this.plan);

		assertThat(this.jdbc.queryForList("select outcome from reminder where recipient_email = ? and period_id = ?",
				String.class, this.plan.lead(), this.plan.periodId()))
			.containsExactly("LISTED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where category = 'REMINDER' and summary like ?", Long.class,
				"Reminder (quarter open) listed for " + this.plan.leadName() + "%"))
			.isEqualTo(1);
		// Listed once: it was not sent, but it is not owed again either.
		assertThat(this.reminders.remindOnOpening(this.plan.periodId())).isEmpty();
	}

	@Test
	void theAdminReadsAListedReminderToCopyItIntoAnEmail() throws Exception {
		this.plans.open(this.plan);

		Document page = Jsoup.parse(this.mvc
			.perform(get("/admin/reminders").param("quarter", String.valueOf(this.plan.periodId()))
				.param("outcome", "LISTED")
				.with(TestUsers.signedInAs(TestUsers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".govuk-inset-text").text()).contains("No mail server is configured");
		assertThat(page.select("tbody tr")).hasSize(1);
		String row = page.select("tbody tr").text();
		assertThat(row).contains(this.plan.leadName(), this.plan.lead(), "Quarter open",
				"Priority 1: Best start in life", "Listed, not sent");
		assertThat(page.select("tbody .waymark-letter").text()).contains("by 15 July 2030")
			.contains("http://localhost:8080/reports/mine");
		assertThat(page.select("#quarter option[selected]").attr("value"))
			.isEqualTo(String.valueOf(this.plan.periodId()));

		Document sentOnly = Jsoup.parse(
				this.mvc
					.perform(get("/admin/reminders").param("quarter", String.valueOf(this.plan.periodId()))
						.param("outcome", "SENT")
						.with(TestUsers.signedInAs(TestUsers.admin())))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(sentOnly.select("tbody tr")).isEmpty();
	}

	@Test
	void aChaseWithoutAMailServerIsListedAndSaysSo() throws Exception {
		this.plans.open(this.plan);

		this.mvc
			.perform(post("/programmes/" + this.plan.firstProgrammeId() + "/periods/" + this.plan.periodId() + "/chase")
				.with(csrf())
				.with(TestUsers.signedInAs(TestUsers.admin())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("chased",
					new Chase(Chase.Result.LISTED, "Priority 1: Best start in life", List.of(this.plan.leadName()))));
	}

	@Test
	void nothingIsChasedForAReportAlreadyInOrAQuarterNotOpen() {
		long secondProgramme = this.jdbc.queryForObject(
				"select id from improvement_programme where plan_id = ? and number = 2", Long.class,
				this.plan.planId());
		assertThat(this.reminders
			.chase(this.plan.firstProgrammeId(), this.plan.periodId(),
					org.springframework.security.authentication.UsernamePasswordAuthenticationToken
						.authenticated(TestUsers.admin(), null, TestUsers.admin().getAuthorities()))
			.result()).as("quarter not open").isEqualTo(Chase.Result.NOT_OPEN);
		this.plans.open(this.plan);
		assertThat(this.reminders
			.chase(secondProgramme, this.plan.periodId(),
					org.springframework.security.authentication.UsernamePasswordAuthenticationToken
						.authenticated(TestUsers.admin(), null, TestUsers.admin().getAuthorities()))
			.result()).as("report submitted").isEqualTo(Chase.Result.NOT_AWAITED);
	}

	@Test
	void theRemindersPageIsForAdminsOnlyAndTheAdminHomeSaysMailIsNotConfigured() throws Exception {
		this.mvc
			.perform(get("/admin/reminders").with(TestUsers.signedInAs(TestUsers.lead(this.plan.firstProgrammeId()))))
			.andExpect(status().isForbidden());
		String home = this.mvc.perform(get("/admin").with(TestUsers.signedInAs(TestUsers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(home).text()).contains("No mail server is configured");
	}

}
