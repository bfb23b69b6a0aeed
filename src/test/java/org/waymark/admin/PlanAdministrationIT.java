package org.waymark.admin;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.QuarterOpened;
import org.waymark.support.PostgresIntegrationTest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Setting up a plan from nothing through the administration pages, on PostgreSQL with the
 * demo data: a plan that calls its programmes priorities, its delivery groups,
 * priorities, quarters and the first quarter opened; and who may do it. Each test runs in
 * a transaction that is rolled back, so the plans made here (with short names of their
 * own) never reach other tests' pages.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@Transactional
@RecordApplicationEvents
class PlanAdministrationIT {

	private static final String ADMIN = "admin@example.org";

	private static final AtomicInteger PLANS = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private ApplicationEvents events;

	@Test
	void onlyAdminsSetUpPlans() throws Exception {
		for (String person : List.of("lead@example.org", "executive@example.org", "scrutiny@example.org")) {
			assertThat(send(person, get("/admin/plans"), Map.of()).getResponse().getStatus()).as(person).isEqualTo(403);
			assertThat(send(person, post("/admin/plans/new"), planFields("Refused", shortName())).getResponse()
				.getStatus()).as(person).isEqualTo(403);
		}
		MvcResult anonymous = this.mvc.perform(get("/admin/plans")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where title = 'Refused'", Integer.class))
			.isZero();
	}

	@Test
	void anAdminSetsUpAPlanOfFourPrioritiesFromNothingAndOpensItsFirstQuarter() throws Exception {
		String shortName = shortName();
		MvcResult created = send(ADMIN, post("/admin/plans/new"), planFields("Thriving Futures Plan", shortName));
		long planId = planId(shortName);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/plans/" + planId);

		Document tasks = page("/admin/plans/" + planId);
		assertThat(tasks.select(".govuk-task-list__link").eachText()).contains("Priorities",
				"Delivery groups and chairs", "Reporting calendar", "Make the plan active");
		assertThat(tasks.select("#task-programmes-status").text()).isEqualTo("Not yet started");
		assertThat(tasks.select("#task-activate-status").text()).isEqualTo("Cannot start yet");

		Document newPriority = page("/admin/plans/" + planId + "/programmes/new");
		assertThat(newPriority.select("h1").text()).isEqualTo("Add a priority");
		assertThat(newPriority.select("input[name=number]").val()).isEqualTo("1");

		for (int n = 1; n <= 4; n++) {
			String group = "Board " + n + " " + shortName;
			send(ADMIN, post("/admin/delivery-groups/new"),
					Map.of("name", group, "chairName", "Chair " + n, "chairTitle", "Director " + n));
			long groupId = this.jdbc.queryForObject("select id from delivery_group where name = ?", Long.class, group);
			MvcResult added = send(ADMIN, post("/admin/plans/" + planId + "/programmes/new"),
					Map.of("number", String.valueOf(n), "title", "Priority title " + n, "deliveryGroup",
							String.valueOf(groupId), "seniorResponsibleOwners", "Director " + n, "scrutinyChampions",
							"Cllr " + n));
			assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/plans/" + planId + "/programmes");
			assertThat(new LinkedHashMap<String, Object>(added.getFlashMap())).containsEntry("bannerLabel",
					"Priority " + n);
		}
		assertThat(page("/admin/plans/" + planId + "/programmes").select("tbody th a").eachText()).containsExactly(
				"Priority 1: Priority title 1", "Priority 2: Priority title 2", "Priority 3: Priority title 3",
				"Priority 4: Priority title 4");

		send(ADMIN, post("/admin/plans/" + planId + "/calendar/generate"), Map.of());
		send(ADMIN, post("/admin/plans/" + planId + "/calendar/generate"), Map.of());
		flush();
		assertThat(this.jdbc.queryForList(
				"select financial_year || ' ' || quarter || ' ' || state || ' ' || due_date from reporting_period"
						+ " where plan_id = ? order by financial_year, quarter",
				String.class, planId))
			.hasSize(12)
			.startsWith("2026 Q1 UPCOMING 2026-07-12", "2026 Q2 UPCOMING 2026-10-12")
			.endsWith("2028 Q4 UPCOMING 2029-04-12");

		long firstQuarter = periodId(planId, 2026, "Q1");
		Document open = page("/admin/plans/" + planId + "/quarters/" + firstQuarter + "/open");
		assertThat(open.select("input[name=dueDay]").val()).isEqualTo("12");
		MvcResult opened = send(ADMIN, post("/admin/plans/" + planId + "/quarters/" + firstQuarter + "/open"),
				Map.of("dueDay", "20", "dueMonth", "7", "dueYear", "2026"));
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/admin/plans/" + planId + "/calendar");
		flush();
		assertThat(this.jdbc.queryForMap("select state, due_date from reporting_period where id = ?", firstQuarter))
			.containsEntry("state", "OPEN")
			.containsEntry("due_date", Date.valueOf(LocalDate.of(2026, 7, 20)));
		assertThat(this.events.stream(QuarterOpened.class)).containsExactly(new QuarterOpened(planId, firstQuarter));

		send(ADMIN, post("/admin/plans/" + planId + "/activate"), Map.of("shown", "DRAFT"));
		flush();
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
			.isEqualTo("ACTIVE");
		Document done = page("/admin/plans/" + planId);
		assertThat(done.select(".govuk-task-list__status:not(#task-leads-status)").eachText())
			.containsOnly("Completed");
		assertThat(done.select("#task-leads-status").text()).isEqualTo("Not yet started");
		assertThat(done.select("p.govuk-body").eachText()).contains("You have completed 6 of 7 tasks.");

		// The open quarter asks for four returns, one for each priority.
		Document returns = page("/returns");
		assertThat(returns.text()).contains("Thriving Futures Plan", "Priority title 1", "Priority title 4");
		assertThat(returns.select("th").eachText()).contains("Priority");

		// A lead assigned to priority 2 (as the people pages do) sees exactly its report
		// to write.
		long priority2 = this.jdbc.queryForObject(
				"select id from improvement_programme where plan_id = ? and number = 2", Long.class, planId);
		this.jdbc.update("insert into programme_assignment (user_id, programme_id)"
				+ " select id, ? from app_user where username = 'lead7@example.org'", priority2);
		MvcResult mine = send("lead7@example.org", get("/reports/mine"), Map.of());
		Document yours = Jsoup.parse(mine.getResponse().getContentAsString());
		assertThat(yours.text()).contains("Thriving Futures Plan", "2. Priority title 2")
			.doesNotContain("Priority title 1", "Priority title 3");
		assertThat(page("/admin/plans/" + planId).select("#task-leads-status").text()).isEqualTo("Incomplete");

		assertThat(this.jdbc.queryForList(
				"select category || ': ' || summary from audit_event where subject = ? order by occurred_at, id",
				String.class, shortName))
			.contains("PLAN: Created the plan Thriving Futures Plan", "PLAN: Added Priority 4 Priority title 4",
					"CALENDAR: Generated 12 quarters of the plan Thriving Futures Plan (2026/27 Q1 to 2028/29 Q4)",
					"CALENDAR: Opened 2026/27 Q1 for returns, due 2026-07-20",
					"PLAN: Made the plan Thriving Futures Plan active")
			.noneMatch((line) -> line.contains("Generated 0"));
	}

	@Test
	void aPlanFormThatCannotBeSavedComesBackWithWhatWasTyped() throws Exception {
		Map<String, String> fields = new LinkedHashMap<>(planFields("Backwards Plan", "CYPP 2016-19"));
		fields.put("firstYear", "2023/24");
		fields.put("lastYear", "2021/22");
		MvcResult answer = send(ADMIN, post("/admin/plans/new"), fields);
		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(answer.getResponse().getContentAsString());
		assertThat(form.select(".govuk-error-summary a").eachText())
			.containsExactly("The last financial year must be the same as or after the first");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Backwards Plan");
		assertThat(form.select("input[name=lastYear]").val()).isEqualTo("2021/22");
		assertThat(form.select("input[name=programmeTerm]").val()).isEqualTo("Priority");

		fields.put("lastYear", "2025/26");
		Document taken = Jsoup.parse(send(ADMIN, post("/admin/plans/new"), fields).getResponse().getContentAsString());
		assertThat(taken.select(".govuk-error-summary a").eachText())
			.containsExactly("Another plan already has this short name: choose a different one");
		assertThat(taken.select("a[href=#shortName]")).hasSize(1);

		fields.put("firstYear", "2023-2024");
		Document badYear = Jsoup
			.parse(send(ADMIN, post("/admin/plans/new"), fields).getResponse().getContentAsString());
		assertThat(badYear.select(".govuk-error-summary a").eachText()).first()
			.asString()
			.startsWith("Enter a financial year like 2020/21");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where title = 'Backwards Plan'", Integer.class))
			.isZero();
	}

	@Test
	void aProgrammeIsRenumberedOnlyToAFreeNumberAndARetiredOneAsksForNoReturn() throws Exception {
		String shortName = shortName();
		send(ADMIN, post("/admin/plans/new"), planFields("Renumbered Plan", shortName));
		long planId = planId(shortName);
		for (int n = 1; n <= 2; n++) {
			send(ADMIN, post("/admin/plans/" + planId + "/programmes/new"),
					Map.of("number", String.valueOf(n), "title", "Renumbered priority " + n));
		}
		long second = this.jdbc.queryForObject("select id from improvement_programme where plan_id = ? and number = 2",
				Long.class, planId);
		MvcResult taken = send(ADMIN, post("/admin/plans/" + planId + "/programmes/" + second),
				Map.of("number", "1", "title", "Renumbered priority 2 changed"));
		Document form = Jsoup.parse(taken.getResponse().getContentAsString());
		assertThat(form.select(".govuk-error-summary a").eachText()).containsExactly(
				"Another one of the plan already has this number: choose a different number, or renumber that one first");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Renumbered priority 2 changed");

		send(ADMIN, post("/admin/plans/" + planId + "/programmes/" + second),
				Map.of("number", "7", "title", "Renumbered priority 2"));
		flush();
		assertThat(this.jdbc.queryForObject("select number from improvement_programme where id = ?", Integer.class,
				second))
			.isEqualTo(7);

		send(ADMIN, post("/admin/plans/" + planId + "/calendar/generate"), Map.of());
		long quarter = periodId(planId, 2026, "Q1");
		send(ADMIN, post("/admin/plans/" + planId + "/quarters/" + quarter + "/open"),
				Map.of("dueDay", "12", "dueMonth", "7", "dueYear", "2026"));
		MvcResult stale = send(ADMIN, post("/admin/plans/" + planId + "/programmes/" + second + "/retire"),
				Map.of("retire", "true", "shown", "true"));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		send(ADMIN, post("/admin/plans/" + planId + "/programmes/" + second + "/retire"),
				Map.of("retire", "true", "shown", "false"));
		flush();
		assertThat(page("/returns").text()).contains("Renumbered priority 1").doesNotContain("Renumbered priority 2");

		send(ADMIN, post("/admin/plans/" + planId + "/programmes/" + second + "/retire"),
				Map.of("retire", "false", "shown", "true"));
		assertThat(page("/returns").text()).contains("Renumbered priority 2");
	}

	@Test
	void aQuarterOpensOnlyWithARealDueDateAndClosesOnlyFromAnUpToDatePage() throws Exception {
		String shortName = shortName();
		send(ADMIN, post("/admin/plans/new"), planFields("Calendar Plan", shortName));
		long planId = planId(shortName);
		send(ADMIN, post("/admin/plans/" + planId + "/calendar/generate"), Map.of());
		long quarter = periodId(planId, 2026, "Q2");
		String open = "/admin/plans/" + planId + "/quarters/" + quarter + "/open";
		MvcResult notADate = send(ADMIN, post(open), Map.of("dueDay", "31", "dueMonth", "2", "dueYear", "2027"));
		Document form = Jsoup.parse(notADate.getResponse().getContentAsString());
		assertThat(form.select(".govuk-error-summary a").eachText())
			.containsExactly("The due date must be a real date");
		assertThat(form.select("input[name=dueDay]").val()).isEqualTo("31");
		assertThat(send(ADMIN, post(open), Map.of()).getResponse().getContentAsString())
			.contains("Enter the date returns are due");
		assertThat(this.events.stream(QuarterOpened.class)).isEmpty();

		send(ADMIN, post(open), Map.of("dueDay", "15", "dueMonth", "10", "dueYear", "2026"));
		send(ADMIN, post("/admin/plans/" + planId + "/quarters/" + quarter + "/due-date"),
				Map.of("dueDay", "22", "dueMonth", "10", "dueYear", "2026"));
		String close = "/admin/plans/" + planId + "/quarters/" + quarter + "/close";
		assertThat(send(ADMIN, post(close), Map.of()).getResponse().getStatus()).isEqualTo(409);
		flush();
		assertThat(this.jdbc.queryForMap("select state, due_date from reporting_period where id = ?", quarter))
			.containsEntry("state", "OPEN")
			.containsEntry("due_date", Date.valueOf(LocalDate.of(2026, 10, 22)));
		assertThat(send(ADMIN, post(close), Map.of("shown", "OPEN")).getResponse().getStatus()).isEqualTo(302);
		flush();
		assertThat(this.jdbc.queryForObject("select state from reporting_period where id = ?", String.class, quarter))
			.isEqualTo("CLOSED");
		assertThat(
				page("/admin/plans/" + planId + "/calendar").select("a[href$=/quarters/" + quarter + "/open]").text())
			.startsWith("Reopen for returns");
	}

	@Test
	void aPlanIsClosedFromItsConfirmationPageAndAStalePageIsRefused() throws Exception {
		String shortName = shortName();
		send(ADMIN, post("/admin/plans/new"), planFields("Closing Plan", shortName));
		long planId = planId(shortName);
		Document confirm = page("/admin/plans/" + planId + "/close");
		assertThat(confirm.select("input[name=shown]").val()).isEqualTo("DRAFT");
		assertThat(send(ADMIN, post("/admin/plans/" + planId + "/activate"), Map.of("shown", "ACTIVE")).getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(send(ADMIN, post("/admin/plans/" + planId + "/close"), Map.of("shown", "DRAFT")).getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/plans/" + planId);
		flush();
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
			.isEqualTo("CLOSED");
		assertThat(send(ADMIN, post("/admin/plans/" + planId + "/close"), Map.of("shown", "DRAFT")).getResponse()
			.getStatus()).isEqualTo(409);
	}

	private static Map<String, String> planFields(String title, String shortName) {
		return Map.of("title", title, "shortName", shortName, "firstYear", "2026/27", "lastYear", "2028/29", "vision",
				"Every child thrives", "programmeTerm", "Priority", "programmeTermPlural", "Priorities");
	}

	private static String shortName() {
		return "IT " + Long.toString(System.nanoTime(), 36) + "-" + PLANS.incrementAndGet();
	}

	private long planId(String shortName) {
		return this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class, shortName);
	}

	private long periodId(long planId, int year, String quarter) {
		flush();
		return this.jdbc.queryForObject(
				"select id from reporting_period where plan_id = ? and financial_year = ? and quarter = ?", Long.class,
				planId, year, quarter);
	}

	/** Writes what the services changed, so that SQL reads it in this transaction. */
	private void flush() {
		this.entityManager.flush();
	}

	private MvcResult send(String person, MockHttpServletRequestBuilder request, Map<String, String> fields)
			throws Exception {
		fields.forEach(request::param);
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(person))).with(csrf())).andReturn();
	}

	private Document page(String address) throws Exception {
		flush();
		MvcResult answer = send(ADMIN, get(address), Map.of());
		assertThat(answer.getResponse().getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getResponse().getContentAsString());
	}

}
