package org.waymark.action.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The action plan pages end to end on PostgreSQL: the printable view of the demo
 * Programme 6 plan, and creating, editing and rolling forward a plan of a programme made
 * for the test (so demo data other tests read is left alone).
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ActionPlanPagesIT {

	private static final String ADMIN = "admin@example.org";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	private long planId;

	private long programmeId;

	@BeforeEach
	void programmeOfOwn() {
		String shortName = "ap-it-" + System.nanoTime() % 1_000_000_000L;
		this.planId = this.jdbc.queryForObject(
				"insert into plan (title, short_name, first_year, last_year, status)"
						+ " values ('Action plan IT plan', ?, 2020, 2021, 'DRAFT') returning id",
				Long.class, shortName);
		this.programmeId = this.jdbc.queryForObject("insert into improvement_programme (plan_id, number, title)"
				+ " values (?, 1, 'Action plan IT programme') returning id", Long.class, this.planId);
		this.jdbc.update("insert into recommendation (plan_id, source, number) values (?, 'Review 2020', 1),"
				+ " (?, 'Review 2020', 2), (?, 'Review 2020', 3)", this.planId, this.planId, this.planId);
	}

	@AfterEach
	void removeIt() {
		String actions = "select a.id from action a join objective o on o.id = a.objective_id"
				+ " join action_plan ap on ap.id = o.action_plan_id where ap.programme_id = " + this.programmeId;
		this.jdbc.update("delete from action_recommendation where action_id in (" + actions + ")");
		this.jdbc.update("delete from action_measure where action_id in (" + actions + ")");
		this.jdbc.update("delete from action_deadline_part where action_id in (" + actions + ")");
		this.jdbc.update("update action set carried_from_id = null where id in (" + actions + ")");
		this.jdbc.update("delete from action where id in (" + actions + ")");
		this.jdbc.update(
				"delete from sub_objective where objective_id in (select o.id from objective o"
						+ " join action_plan ap on ap.id = o.action_plan_id where ap.programme_id = ?)",
				this.programmeId);
		this.jdbc.update("delete from objective where action_plan_id in (select id from action_plan"
				+ " where programme_id = ?)", this.programmeId);
		this.jdbc.update("delete from action_plan where programme_id = ?", this.programmeId);
		this.jdbc.update("delete from recommendation where plan_id = ?", this.planId);
		this.jdbc.update("delete from improvement_programme where id = ?", this.programmeId);
		this.jdbc.update("delete from plan where id = ?", this.planId);
	}

	@Test
	void thePrintableViewOfTheProgramme6PlanHasTheDocumentsSevenColumnsAndEveryAction() throws Exception {
		long programme6 = this.jdbc.queryForObject("""
				select p.id from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = ? and p.number = 6""", Long.class, DemoFixtures.DEMO_PLAN);
		long plan = this.jdbc.queryForObject(
				"select id from action_plan where programme_id = ? and financial_year = 2018", Long.class, programme6);

		Document page = page(get("/action-plans/" + plan + "/print"), "scrutiny@example.org");

		assertThat(page.select("thead th").eachText()).containsExactly("Ofsted 2017 Recommendation number", "Action",
				"Action Owner", "Deadline for Completion", "BRAG rating", "Key Performance Indicators", "Outcome");
		assertThat(page.text()).contains("Improvement Programme: 6")
			.contains("Lead Delivery Group: Children's Social Care/ Somerset Safeguarding Children Board");
		assertThat(page.select("tbody th[colspan=7]").eachText()).contains(
				"1. Increase the capacity of the leadership team so that the pace of change can be accelerated"
						+ " Lead: HR Director and Deputy Director Children's Services",
				"A. Permanence planning Lead: Strategic Manager Children Looked After and Leaving Care");
		List<Map<String, Object>> actions = this.jdbc.queryForList("""
				select a.owners, a.deadline_text from action a join objective o on o.id = a.objective_id
				where o.action_plan_id = ?""", plan);
		assertThat(actions).as("the demo plan's actions").hasSizeGreaterThanOrEqualTo(28);
		var rows = page.select("tbody tr:not(:has(th))");
		assertThat(rows).hasSize(actions.size());
		List<String> owners = rows.stream().map((row) -> row.child(2).text()).toList();
		List<String> deadlines = rows.stream().map((row) -> row.child(3).text()).toList();
		for (Map<String, Object> action : actions) {
			assertThat(owners).contains(((String) action.get("owners")).replaceAll("\\s+", " ").strip());
			assertThat(deadlines).contains(((String) action.get("deadline_text")).replaceAll("\\s+", " ").strip());
		}
		assertThat(rows.stream().map((row) -> row.child(0).text())).contains("2 and 3", "1, 2 and 3", "8 and 9");
	}

	@Test
	void anAdminBuildsAPlanAndTheWrongPeopleCannotSeeOrChangeIt() throws Exception {
		MockHttpServletResponse created = perform(
				post("/programmes/" + this.programmeId + "/action-plans/new").param("year", "2020")
					.param("title", "IT, Action Plan 2020/21")
					.param("status", "DRAFT"),
				ADMIN);
		assertThat(created.getStatus()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select id from action_plan where programme_id = ?", Long.class,
				this.programmeId);

		assertThat(perform(
				post("/action-plans/" + id + "/objectives/new").param("title", "Leadership").param("lead", "Director"),
				ADMIN)
			.getStatus()).isEqualTo(302);
		long objective = this.jdbc.queryForObject("select id from objective where action_plan_id = ?", Long.class, id);

		Document typo = Jsoup
			.parse(perform(post("/action-plans/" + id + "/actions/new").param("place", String.valueOf(objective))
				.param("description", "Review the structure")
				.param("deadline", "31st June 2020")
				.param("rating", "NOT_RATED"), ADMIN).getContentAsString());
		assertThat(typo.select(".govuk-error-summary").text()).contains("31st June 2020");
		assertThat(typo.select("#deadline").val()).isEqualTo("31st June 2020");
		assertThat(typo.select("#description").text()).isEqualTo("Review the structure");

		long[] recommendations = this.jdbc
			.queryForList("select id from recommendation where plan_id = ? order by number", Long.class, this.planId)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		assertThat(perform(
				post("/action-plans/" + id + "/actions/new").param("place", String.valueOf(objective))
					.param("description", "Review the structure")
					.param("owners", "HR Director")
					.param("deadline", "a) 31st May 2020 b) 1st June 2020")
					.param("rating", "GREEN")
					.param("recommendations", String.valueOf(recommendations[1]), String.valueOf(recommendations[2])),
				ADMIN)
			.getStatus()).isEqualTo(302);
		assertThat(perform(post("/action-plans/" + id + "/actions/new").param("place", String.valueOf(objective))
			.param("description", "Already done")
			.param("rating", "BLUE"), ADMIN).getStatus()).isEqualTo(302);
		long review = this.jdbc.queryForObject(
				"select id from action where description = 'Review the structure'" + " and objective_id = ?",
				Long.class, objective);
		assertThat(this.jdbc.queryForObject("select deadline from action where id = ?", String.class, review))
			.isEqualTo("2020-06-01");

		Document plan = page(get("/action-plans/" + id), ADMIN);
		assertThat(plan.text()).contains("1. Leadership", "Lead: Director", "HR Director", "2 and 3", "Green");

		// A stale save keeps what was typed and changes nothing.
		MockHttpServletResponse stale = perform(
				post("/action-plans/" + id + "/actions/" + review).param("place", String.valueOf(objective))
					.param("description", "Typed over a newer version")
					.param("rating", "AMBER")
					.param("version", "-1"),
				ADMIN);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(stale.getContentAsString()).select("#description").text())
			.isEqualTo("Typed over a newer version");
		assertThat(this.jdbc.queryForObject("select description from action where id = ?", String.class, review))
			.isEqualTo("Review the structure");

		// A lead of another programme cannot change it; scrutiny cannot find the draft.
		assertThat(perform(get("/action-plans/" + id + "/actions/" + review), "lead@example.org").getStatus())
			.isEqualTo(403);
		assertThat(
				perform(post("/action-plans/" + id + "/objectives/new").param("title", "Not mine"), "lead@example.org")
					.getStatus())
			.isEqualTo(403);
		assertThat(perform(get("/action-plans/" + id), "scrutiny@example.org").getStatus()).isEqualTo(404);
		assertThat(perform(get("/action-plans/" + id + "/print"), "scrutiny@example.org").getStatus()).isEqualTo(404);
		assertThat(perform(get("/action-plans/" + id), "executive@example.org").getStatus()).isEqualTo(200);

		// Roll forward: the incomplete action is carried, the Blue one left behind.
		Document preview = page(get("/action-plans/" + id + "/roll-forward"), ADMIN);
		assertThat(preview.text()).contains("Carried forward (1)", "Left behind because complete (1)");
		long version = this.jdbc.queryForObject("select version from action_plan where id = ?", Long.class, id);
		MockHttpServletResponse rolled = perform(
				post("/action-plans/" + id + "/roll-forward").param("version", String.valueOf(version)), ADMIN);
		assertThat(rolled.getStatus()).isEqualTo(302);
		long next = this.jdbc.queryForObject(
				"select id from action_plan where programme_id = ? and financial_year = 2021", Long.class,
				this.programmeId);
		assertThat(rolled.getRedirectedUrl()).isEqualTo("/action-plans/" + next);
		assertThat(this.jdbc.queryForObject("select title || ' ' || status from action_plan where id = ?", String.class,
				next))
			.isEqualTo("IT, Action Plan 2021/22 DRAFT");
		List<Map<String, Object>> carried = this.jdbc.queryForList("""
				select a.description, a.brag, a.carried_from_id, a.deadline_text from action a
				join objective o on o.id = a.objective_id where o.action_plan_id = ?""", next);
		assertThat(carried).hasSize(1);
		assertThat(carried.get(0)).containsEntry("description", "Review the structure")
			.containsEntry("carried_from_id", review)
			.containsEntry("deadline_text", "a) 31st May 2020 b) 1st June 2020");
		assertThat(carried.get(0).get("brag")).as("rating starts again").isNull();
		assertThat(page(get("/action-plans/" + next), ADMIN).select("a[href=\"/action-plans/" + id + "\"]").text())
			.isEqualTo("Carried forward from 2020/21 plan");

		// 2022/23 is beyond the plan: refused.
		long nextVersion = this.jdbc.queryForObject("select version from action_plan where id = ?", Long.class, next);
		assertThat(
				perform(post("/action-plans/" + next + "/roll-forward").param("version", String.valueOf(nextVersion)),
						ADMIN)
					.getStatus())
			.isEqualTo(409);
		// And the carried-from action cannot be removed from the old plan.
		assertThat(page(get("/action-plans/" + id + "/actions/" + review + "/remove"), ADMIN).text())
			.contains("carried forward into a later plan");
	}

	@Test
	void removingAsksFirstAndRefusesAPartThatStillHoldsActions() throws Exception {
		long id = this.jdbc.queryForObject("insert into action_plan (programme_id, financial_year, title, status)"
				+ " values (?, 2020, 'Removals', 'DRAFT') returning id", Long.class, this.programmeId);
		long objective = this.jdbc.queryForObject("insert into objective (action_plan_id, number, title, position)"
				+ " values (?, 1, 'Keep children safe', 0) returning id", Long.class, id);
		long sub = this.jdbc.queryForObject("insert into sub_objective (objective_id, letter, title, position)"
				+ " values (?, 'A', 'Empty part', 0) returning id", Long.class, objective);
		long action = this.jdbc.queryForObject("insert into action (objective_id, position, description, version)"
				+ " values (?, 0, 'Audit strategy discussions', 0) returning id", Long.class, objective);

		Document objectivePage = page(get("/action-plans/" + id + "/objectives/" + objective + "/remove"), ADMIN);
		assertThat(objectivePage.select("h1").text()).isEqualTo("Remove objective 1");
		assertThat(objectivePage.select(".govuk-warning-text").text()).isNotEmpty();
		assertThat(objectivePage.select("main form")).as("no removing an objective that holds actions").isEmpty();

		Document subPage = page(
				get("/action-plans/" + id + "/objectives/" + objective + "/sub-objectives/" + sub + "/remove"), ADMIN);
		assertThat(subPage.select("main p.govuk-body").text()).contains("Empty part");
		assertThat(subPage.select("main form button.govuk-button--warning")).hasSize(1);

		Document actionPage = page(get("/action-plans/" + id + "/actions/" + action + "/remove"), ADMIN);
		assertThat(actionPage.select(".govuk-inset-text").text()).isEqualTo("Audit strategy discussions");
		assertThat(actionPage.select("main form input[name=version]").val()).isEqualTo("0");
		assertThat(perform(post("/action-plans/" + id + "/actions/" + action + "/remove").param("version", "0"), ADMIN)
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from action where id = ?", Integer.class, action))
			.isZero();
		assertThat(page(get("/action-plans/" + id + "/objectives/" + objective + "/remove"), ADMIN)
			.select("main form button.govuk-button--warning")).as("an objective without actions can go").hasSize(1);
	}

	@Test
	void objectivesMoveUpAndDownAndKeepTheirNumbersInOrder() throws Exception {
		this.jdbc.update("insert into action_plan (programme_id, financial_year, title, status)"
				+ " values (?, 2020, 'Order', 'DRAFT')", this.programmeId);
		long id = this.jdbc.queryForObject("select id from action_plan where programme_id = ?", Long.class,
				this.programmeId);
		for (String title : List.of("First", "Second")) {
			perform(post("/action-plans/" + id + "/objectives/new").param("title", title), ADMIN);
		}
		long second = this.jdbc.queryForObject("select id from objective where action_plan_id = ? and title = 'Second'",
				Long.class, id);

		assertThat(perform(post("/action-plans/" + id + "/objectives/" + second + "/move").param("direction", "UP")
			.param("version", "0"), ADMIN).getStatus()).isEqualTo(302);

		assertThat(this.jdbc.queryForList(
				"select number || ' ' || title from objective where action_plan_id = ?" + " order by position",
				String.class, id))
			.containsExactly("1 Second", "2 First");
		assertThat(perform(post("/action-plans/" + id + "/objectives/" + second + "/move").param("direction", "UP")
			.param("version", "0"), ADMIN).getStatus()).as("a move from a page showing an older version")
			.isEqualTo(409);
	}

	private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		MockHttpServletResponse response = perform(request, username);
		assertThat(response.getStatus()).as("status of the page").isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))).with(csrf()))
			.andReturn()
			.getResponse();
	}

}
