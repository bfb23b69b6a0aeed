package org.waymark.action;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.support.DemoFixtures;

import java.util.List;
import java.util.Map;

import org.waymark.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The register of recommendations and its coverage by actions, on PostgreSQL: the demo's
 * Ofsted 2017 recommendations (1 to 13, wording not in the documents) answered by the
 * Programme 6 action plan 2018/19, and a plan of the test's own for the changes and the
 * flags. Each test runs in a transaction that is rolled back, so the demo data stays as
 * loaded.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@Transactional
class RecommendationPagesIT {

	private static final String ADMIN = "admin@example.org";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	private long demoPlanId;

	@BeforeEach
	void demoPlan() {
		this.demoPlanId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
	}

	@Test
	void registerListsTheDemoOfstedRecommendationsWithTheActionsAnsweringEach() throws Exception {
		Document page = page("scrutiny@example.org", "/plans/" + this.demoPlanId + "/recommendations");
		assertThat(page.select("h1").text()).isEqualTo("Recommendations");
		Element table = page.select("table").first();
		assertThat(table.select("caption").text()).isEqualTo("Ofsted 2017 recommendations");
		List<String> numbers = table.select("tbody tr th").eachText();
		assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
		assertThat(table.select("tbody tr").first().text()).contains("Wording not recorded");
		long answeringOne = this.jdbc.queryForObject("""
				select count(*) from action_recommendation ar join recommendation r on r.id = ar.recommendation_id
				where r.plan_id = ? and r.source = 'Ofsted 2017' and r.number = 1""", Long.class, this.demoPlanId);
		assertThat(answeringOne).isGreaterThan(1);
		assertThat(table.select("tbody tr").first().text()).contains(answeringOne + " actions");
		// Scrutiny reads, but is offered no changes.
		assertThat(page.select("a[href$=/recommendations/new]")).isEmpty();
		assertThat(page.select("a[href*=/remove]")).isEmpty();
		assertThat(page.select("a[href*=/recommendations/coverage]").attr("href")).contains("source=Ofsted");

		Document asAdmin = page(ADMIN, "/plans/" + this.demoPlanId + "/recommendations");
		assertThat(asAdmin.select("a[href$=/recommendations/new]").text()).isEqualTo("Add a recommendation");
		assertThat(asAdmin.select("tbody tr").first().select("a").eachText())
			.containsExactly("Change Ofsted 2017 recommendation 1", "Remove Ofsted 2017 recommendation 1");
	}

	@Test
	void coverageOfTheDemoOfstedRecommendationsShowsEachWithItsActionsAndNoneUncovered() throws Exception {
		Document page = page("executive@example.org", "/plans/" + this.demoPlanId + "/recommendations/coverage");
		assertThat(page.select("h1").text()).isEqualTo("Ofsted 2017: coverage by actions");
		assertThat(summary(page)).containsExactly(Map.entry("Recommendations", "13"), Map.entry("With no action", "0"),
				Map.entry("With all actions complete", "0"), Map.entry("In progress", "13"));
		assertThat(page.select("h2[id^=recommendation-]")).hasSize(13);
		// Nothing is flagged: every recommendation is answered, and the demo's actions
		// are not yet rated.
		assertThat(page.select("h2 .govuk-tag")).isEmpty();
		Element eleven = page.getElementById("recommendation-11");
		assertThat(eleven.text()).isEqualTo("Ofsted 2017 recommendation 11");
		Element table = eleven.nextElementSiblings().select("table").first();
		assertThat(table.select("caption").text()).isEqualTo("Actions answering Ofsted 2017 recommendation 11");
		Element row = table.select("tbody tr").first();
		assertThat(row.text()).contains("Programme 6", "2018/19, objective", "OMs for Fostering and Permanence",
				"Not yet rated");
		assertThat(row.select("a").attr("href")).matches("/action-plans/\\d+");
	}

	@Test
	void coverageFlagsRecommendationsWithNoActionOrAllCompleteAndCountsCarriedActionsAsTheirLatestCopy()
			throws Exception {
		Fixture f = new Fixture();
		Recommendation gap = f.recommendation("Review 2019", 1, "Publish a sufficiency strategy");
		Recommendation done = f.recommendation("Review 2019", 2, null);
		Recommendation carried = f.recommendation("Review 2019", 3, "Strengthen supervision");
		Action complete = f.action(f.year2019, "Strategy written\nwith partners", Brag.BLUE);
		complete.getRecommendations().add(done);
		// Rated Blue last year, but carried forward: the copy (Amber) is the live action.
		Action original = f.action(f.year2018, "Supervision audit", Brag.BLUE);
		original.getRecommendations().add(carried);
		Action copy = f.action(f.year2019, "Supervision audit, second round", Brag.AMBER);
		copy.setCarriedFrom(original);
		this.entityManager.flush();

		Document page = page(ADMIN, "/plans/" + f.plan.getId() + "/recommendations/coverage");
		assertThat(page.select("h1").text()).isEqualTo("Review 2019: coverage by actions");
		assertThat(summary(page)).containsExactly(Map.entry("Recommendations", "3"), Map.entry("With no action", "1"),
				Map.entry("With all actions complete", "1"), Map.entry("In progress", "1"));
		assertThat(page.getElementById("recommendation-1").select(".govuk-tag").text()).isEqualTo("No action");
		assertThat(page.getElementById("recommendation-2").select(".govuk-tag").text())
			.isEqualTo("All actions complete");
		assertThat(page.getElementById("recommendation-3").select(".govuk-tag")).isEmpty();
		String third = page.getElementById("recommendation-3").nextElementSiblings().select("table").first().text();
		assertThat(third).contains("Supervision audit, second round", "Amber").doesNotContain("Blue");
		assertThat(page.text()).contains("No action answers this recommendation.");
		// The first line of a description, not all of it.
		assertThat(page.text()).contains("Strategy written").doesNotContain("with partners");
		// Sources to choose from; a source the plan does not have is not found.
		assertThat(page.select("select#source option").eachText()).containsExactly("Review 2019", "Review 2020");
		assertThat(answer(ADMIN, get("/plans/" + f.plan.getId() + "/recommendations/coverage?source=Nope")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void coverageHidesActionsOfDraftActionPlansFromScrutiny() throws Exception {
		Fixture f = new Fixture();
		Recommendation recommendation = f.recommendation("Review 2019", 1, null);
		f.action(f.draft2020, "Draft idea", Brag.GREEN).getRecommendations().add(recommendation);
		this.entityManager.flush();
		String address = "/plans/" + f.plan.getId() + "/recommendations/coverage";
		assertThat(page(ADMIN, address).text()).contains("Draft idea");
		Document scrutiny = page("scrutiny@example.org", address);
		assertThat(scrutiny.text()).doesNotContain("Draft idea");
		assertThat(scrutiny.getElementById("recommendation-1").select(".govuk-tag").text()).isEqualTo("No action");
	}

	@Test
	void adminAddsARecommendationToANewSourceAndAnotherToAnExistingOne() throws Exception {
		Fixture f = new Fixture();
		String address = "/plans/" + f.plan.getId() + "/recommendations/new";
		Document form = page(ADMIN, address);
		assertThat(form.select("input[name=source]").eachAttr("value")).containsExactly("Review 2019", "Review 2020",
				"NEW_SOURCE");
		MockHttpServletResponse added = answer(ADMIN,
				post(address).param("source", "NEW_SOURCE")
					.param("newSource", "  Peer review 2018 ")
					.param("number", "4")
					.param("text", "Make the plan's actions measurable"));
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).isEqualTo("/plans/" + f.plan.getId() + "/recommendations");
		assertThat(answer(ADMIN, post(address).param("source", "Review 2019").param("number", "7").param("text", " "))
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"select source || ' ' || number || ' ' || coalesce(text, '-') from recommendation where plan_id = ?"
						+ " order by source, number",
				String.class, f.plan.getId()))
			.containsExactly("Peer review 2018 4 Make the plan's actions measurable", "Review 2019 1 -",
					"Review 2019 7 -", "Review 2020 1 -");
	}

	@Test
	void aNumberTheSourceAlreadyHasIsRefusedKeepingWhatWasTyped() throws Exception {
		Fixture f = new Fixture();
		MockHttpServletResponse refused = answer(ADMIN,
				post("/plans/" + f.plan.getId() + "/recommendations/new").param("source", "Review 2019")
					.param("number", "1")
					.param("text", "Typed wording"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#number]").text())
			.isEqualTo("Review 2019 already has a recommendation 1. Enter a different number or source");
		assertThat(page.select("#number").val()).isEqualTo("1");
		assertThat(page.select("#text").text()).isEqualTo("Typed wording");
		assertThat(page.select("input[name=source][checked]").val()).isEqualTo("Review 2019");

		Document notANumber = Jsoup
			.parse(answer(ADMIN, post("/plans/" + f.plan.getId() + "/recommendations/new").param("source", "NEW_SOURCE")
				.param("number", "3a")).getContentAsString());
		assertThat(notANumber.select(".govuk-error-summary li").eachText()).containsExactly(
				"Enter the name of the source, for example Ofsted 2017", "The number must be a whole number, like 3");
		assertThat(notANumber.select("#number").val()).isEqualTo("3a");
	}

	@Test
	void adminChangesARecommendationAndAStaleChangeIsRefusedWithWhatWasTyped() throws Exception {
		Fixture f = new Fixture();
		Recommendation recommendation = f.recommendation("Review 2019", 5, null);
		this.entityManager.flush();
		String address = "/plans/" + f.plan.getId() + "/recommendations/" + recommendation.getId();
		Document form = page(ADMIN, address);
		assertThat(form.select("#number").val()).isEqualTo("5");
		String version = form.select("input[name=version]").val();

		MockHttpServletResponse saved = answer(ADMIN,
				post(address).param("version", version)
					.param("source", "Review 2020")
					.param("number", "6")
					.param("text", "Visit every child in care"));
		assertThat(saved.getStatus()).isEqualTo(302);
		this.entityManager.clear();
		assertThat(this.jdbc.queryForMap("select source, number, text from recommendation where id = ?",
				recommendation.getId()))
			.containsEntry("source", "Review 2020")
			.containsEntry("number", 6)
			.containsEntry("text", "Visit every child in care");

		MockHttpServletResponse stale = answer(ADMIN,
				post(address).param("version", version)
					.param("source", "Review 2019")
					.param("number", "8")
					.param("text", "An older idea"));
		assertThat(stale.getStatus()).isEqualTo(409);
		Document conflict = Jsoup.parse(stale.getContentAsString());
		assertThat(conflict.select("#text").text()).isEqualTo("An older idea");
		assertThat(conflict.select(".govuk-inset-text").text()).contains("Review 2020 recommendation 6",
				"Visit every child in care");
		assertThat(conflict.select("input[name=version]").val()).isNotEqualTo(version);
		assertThat(this.jdbc.queryForObject("select number from recommendation where id = ?", Integer.class,
				recommendation.getId()))
			.isEqualTo(6);

		// Moving it onto a number its new source already has is refused.
		Document duplicate = Jsoup.parse(answer(ADMIN,
				post(address).param("version", conflict.select("input[name=version]").val())
					.param("source", "Review 2019")
					.param("number", "1"))
			.getContentAsString());
		assertThat(duplicate.select("#number-error").text()).contains("Review 2019 already has a recommendation 1");
	}

	@Test
	void aRecommendationActionsAnswerCannotBeRemovedAndThePageSaysWhichActions() throws Exception {
		Fixture f = new Fixture();
		Recommendation answered = f.recommendation("Review 2019", 9, null);
		f.action(f.year2019, "Recruit permanent social workers", Brag.GREEN).getRecommendations().add(answered);
		this.entityManager.flush();
		String address = "/plans/" + f.plan.getId() + "/recommendations/" + answered.getId() + "/remove";
		Document page = page(ADMIN, address);
		assertThat(page.select("#answered-by").text()).isEqualTo("Actions that answer it");
		assertThat(page.select("table").text()).contains("Recruit permanent social workers");
		assertThat(page.select("form[action$=/remove]")).isEmpty();

		MockHttpServletResponse refused = answer(ADMIN,
				post(address).param("version", String.valueOf(answered.getVersion())));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".govuk-error-summary").text())
			.contains("cannot be removed while actions answer it");
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where id = ?", Integer.class,
				answered.getId()))
			.isEqualTo(1);
	}

	@Test
	void aRecommendationNoActionAnswersIsRemoved() throws Exception {
		Fixture f = new Fixture();
		Recommendation unanswered = f.recommendation("Review 2019", 10, null);
		this.entityManager.flush();
		String address = "/plans/" + f.plan.getId() + "/recommendations/" + unanswered.getId() + "/remove";
		Document page = page(ADMIN, address);
		String version = page.select("input[name=version]").val();
		assertThat(answer(ADMIN, post(address).param("version", "-1")).getStatus()).isEqualTo(409);
		MockHttpServletResponse removed = answer(ADMIN, post(address).param("version", version));
		assertThat(removed.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where id = ?", Integer.class,
				unanswered.getId()))
			.isZero();
	}

	@Test
	void onlyAdminsMayOpenOrSendTheRegistersForms() throws Exception {
		long recommendationId = this.jdbc.queryForObject(
				"select id from recommendation where plan_id = ? and source = 'Ofsted 2017' and number = 13",
				Long.class, this.demoPlanId);
		String base = "/plans/" + this.demoPlanId + "/recommendations/";
		for (String who : List.of("lead@example.org", "lead7@example.org", "executive@example.org",
				"scrutiny@example.org")) {
			assertThat(answer(who, get(base + "new")).getStatus()).as(who).isEqualTo(403);
			assertThat(answer(who, get(base + recommendationId)).getStatus()).as(who).isEqualTo(403);
			assertThat(answer(who, get(base + recommendationId + "/remove")).getStatus()).as(who).isEqualTo(403);
			assertThat(answer(who, post(base + "new").param("source", "Ofsted 2017").param("number", "14")).getStatus())
				.as(who)
				.isEqualTo(403);
			assertThat(answer(who,
					post(base + recommendationId).param("version", "0")
						.param("source", "Ofsted 2017")
						.param("number", "13")
						.param("text", "Forged"))
				.getStatus()).as(who).isEqualTo(403);
			assertThat(answer(who, post(base + recommendationId + "/remove").param("version", "0")).getStatus()).as(who)
				.isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from recommendation where plan_id = ? and (number = 14 or text is not null)",
				Integer.class, this.demoPlanId))
			.isZero();
	}

	private Document page(String username, String address) throws Exception {
		MockHttpServletResponse response = answer(username, get(address));
		assertThat(response.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse answer(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static Map<String, String> summary(Document page) {
		Map<String, String> rows = new java.util.LinkedHashMap<>();
		for (Element row : page.select(".govuk-summary-list__row")) {
			rows.put(row.select("dt").text(), row.select("dd").text());
		}
		return rows;
	}

	/**
	 * A plan of the test's own: one programme with FINAL action plans for 2018/19 and
	 * 2019/20, a DRAFT one for 2020/21, and recommendations "Review 2019" 1 and "Review
	 * 2020" 1 unless a test adds others.
	 */
	private final class Fixture {

		final Plan plan = new Plan("Recommendations test plan", "REC-TEST", new FinancialYear(2018),
				new FinancialYear(2020));

		final ActionPlan year2018;

		final ActionPlan year2019;

		final ActionPlan draft2020;

		private final java.util.Map<ActionPlan, Objective> objectives = new java.util.HashMap<>();

		Fixture() {
			EntityManager em = RecommendationPagesIT.this.entityManager;
			em.persist(this.plan);
			ImprovementProgramme programme = new ImprovementProgramme(this.plan, 3, "Children in care", null);
			em.persist(programme);
			this.year2018 = actionPlan(programme, 2018, ActionPlanStatus.FINAL);
			this.year2019 = actionPlan(programme, 2019, ActionPlanStatus.FINAL);
			this.draft2020 = actionPlan(programme, 2020, ActionPlanStatus.DRAFT);
			recommendation("Review 2019", 1, null);
			recommendation("Review 2020", 1, null);
			em.flush();
		}

		private ActionPlan actionPlan(ImprovementProgramme programme, int year, ActionPlanStatus status) {
			ActionPlan actionPlan = new ActionPlan(programme, new FinancialYear(year), "Action plan " + year);
			actionPlan.setStatus(status);
			this.objectives.put(actionPlan, actionPlan.addObjective(1, "Improve care", null));
			RecommendationPagesIT.this.entityManager.persist(actionPlan);
			return actionPlan;
		}

		Recommendation recommendation(String source, int number, String text) {
			Recommendation existing = RecommendationPagesIT.this.entityManager
				.createQuery("select r from Recommendation r where r.plan = :plan and r.source = :source"
						+ " and r.number = :number", Recommendation.class)
				.setParameter("plan", this.plan)
				.setParameter("source", source)
				.setParameter("number", number)
				.getResultStream()
				.findFirst()
				.orElse(null);
			if (existing != null) {
				existing.setText(text);
				return existing;
			}
			Recommendation recommendation = new Recommendation(this.plan, source, number, text);
			RecommendationPagesIT.this.entityManager.persist(recommendation);
			return recommendation;
		}

		Action action(ActionPlan actionPlan, String description, Brag brag) {
			Action action = this.objectives.get(actionPlan).addAction(description);
			action.setOwners("Head of Children in Care");
			action.setBrag(brag);
			RecommendationPagesIT.this.entityManager.persist(action);
			return action;
		}

	}

}
