package org.waymark.action;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The deadlines list of a plan of the test's own, on PostgreSQL, with deadlines set
 * relative to the application's clock: which actions are overdue and due soon, in which
 * order, and the programme and owner filters. Each test runs in a transaction that is
 * rolled back.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@Transactional
class DeadlinesPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private Clock clock;

	private Plan plan;

	private ImprovementProgramme first;

	private ImprovementProgramme second;

	private LocalDate today;

	@BeforeEach
	void planWithDeadlinesAroundToday() {
		this.today = LocalDate.now(this.clock);
		this.plan = new Plan("Deadlines test plan", "DEADLINES-TEST", new FinancialYear(2018), new FinancialYear(2020));
		this.entityManager.persist(this.plan);
		this.first = programme(1, "Early help");
		this.second = programme(2, "Children in care");
		Objective one = objective(this.first, 2019, ActionPlanStatus.FINAL);
		Objective two = objective(this.second, 2019, ActionPlanStatus.FINAL);
		Objective draft = objective(this.second, 2020, ActionPlanStatus.DRAFT);
		action(one, "Ten days late\nsecond line", -10, Brag.GREEN, "Owner A/ Owner B");
		action(two, "Two days late", -2, null, "Owner C");
		action(one, "Due in five days", 5, Brag.AMBER, "Owner B");
		action(two, "Due in thirty days", 30, Brag.RED, "Owner D / Owner A");
		action(one, "Due in thirty-one days", 31, Brag.GREEN, "Owner A");
		action(one, "Complete but late", -5, Brag.BLUE, "Owner A");
		Action superseded = action(one, "Superseded and late", -20, Brag.RED, "Owner A");
		action(two, "Carried forward copy", 45, Brag.GREEN, "Owner A").setCarriedFrom(superseded);
		Action phrase = one.addAction("Incremental work");
		phrase.changeDeadline(DeadlineText.parse("Incremental during 2019/20"));
		this.entityManager.persist(phrase);
		action(draft, "Draft plan action", -1, Brag.AMBER, "Owner E");
		this.entityManager.flush();
	}

	@Test
	void overdueActionsComeLongestOverdueFirstAndThoseDueWithinThirtyDaysSoonestFirst() throws Exception {
		Document page = page("admin@example.org", get(address()));
		assertThat(page.select("h2").eachText()).contains("Overdue (3)", "Due in the next 30 days (2)");
		assertThat(firstCells(page, 0)).containsExactly("Ten days late", "Two days late", "Draft plan action");
		assertThat(page.select("table").get(0).select("tbody tr").first().text()).contains("Programme 1",
				"Owner A/ Owner B", "10 days overdue", "Green", "Overdue");
		assertThat(page.select("table").get(0).text()).contains("1 day overdue", "Not yet rated")
			.doesNotContain("second line");
		assertThat(firstCells(page, 1)).containsExactly("Due in five days", "Due in thirty days");
		assertThat(page.select("table").get(1).text()).contains("Due in 5 days", "Due in 30 days");
		assertThat(page.select("table").get(0).select("a").first().attr("href")).matches("/action-plans/\\d+");
	}

	@Test
	void scrutinyDoesNotSeeActionsOfDraftActionPlans() throws Exception {
		Document page = page("scrutiny@example.org", get(address()));
		assertThat(firstCells(page, 0)).containsExactly("Ten days late", "Two days late");
		assertThat(page.select("select#owner option").eachText()).doesNotContain("Owner E");
	}

	@Test
	void ownersToFilterByAreEachJobTitleOfTheActionsListedOnceAndSorted() throws Exception {
		Document page = page("admin@example.org", get(address()));
		assertThat(page.select("select#owner option").eachText()).containsExactly("All owners", "Owner A", "Owner B",
				"Owner C", "Owner D", "Owner E");
		assertThat(page.select("select#programme option").eachText()).containsExactly("All programmes", "1. Early help",
				"2. Children in care");
	}

	@Test
	void filteringByOwnerListsTheActionsWhoseOwnersIncludeThem() throws Exception {
		Document page = page("admin@example.org", get(address()).param("owner", "Owner A"));
		assertThat(firstCells(page, 0)).containsExactly("Ten days late");
		assertThat(firstCells(page, 1)).containsExactly("Due in thirty days");
		assertThat(page.select("select#owner option[selected]").text()).isEqualTo("Owner A");
	}

	@Test
	void filteringByProgrammeListsItsActionsAndOffersOnlyTheirOwners() throws Exception {
		Document page = page("admin@example.org",
				get(address()).param("programme", String.valueOf(this.second.getId())).param("owner", ""));
		assertThat(firstCells(page, 0)).containsExactly("Two days late", "Draft plan action");
		assertThat(firstCells(page, 1)).containsExactly("Due in thirty days");
		assertThat(page.select("select#owner option").eachText()).containsExactly("All owners", "Owner A", "Owner C",
				"Owner D", "Owner E");
		assertThat(page.select("select#programme option[selected]").text()).isEqualTo("2. Children in care");
	}

	@Test
	void emptyListsSaySoInWords() throws Exception {
		Document page = page("executive@example.org", get(address()).param("owner", "Nobody at all"));
		assertThat(page.select("table")).isEmpty();
		assertThat(page.text()).contains("No actions are overdue.", "No actions are due in the next 30 days.");
	}

	@Test
	void aProgrammeOfAnotherPlanOrAnUnknownPlanIsNotFound() throws Exception {
		ImprovementProgramme elsewhere = new ImprovementProgramme(
				persisted(new Plan("Other plan", "DEADLINES-OTHER", new FinancialYear(2018), new FinancialYear(2018))),
				1, "Elsewhere", null);
		this.entityManager.persist(elsewhere);
		this.entityManager.flush();
		assertThat(status(get(address()).param("programme", String.valueOf(elsewhere.getId())))).isEqualTo(404);
		assertThat(status(get("/plans/987654321/deadlines"))).isEqualTo(404);
	}

	private String address() {
		return "/plans/" + this.plan.getId() + "/deadlines";
	}

	private static List<String> firstCells(Document page, int table) {
		return page.select("table").get(table).select("tbody tr").stream().map(DeadlinesPageIT::actionCell).toList();
	}

	private static String actionCell(Element row) {
		return row.select("td").get(1).text();
	}

	private Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername("admin@example.org"))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private Plan persisted(Plan plan) {
		this.entityManager.persist(plan);
		return plan;
	}

	private ImprovementProgramme programme(int number, String title) {
		ImprovementProgramme programme = new ImprovementProgramme(this.plan, number, title, null);
		this.entityManager.persist(programme);
		return programme;
	}

	private Objective objective(ImprovementProgramme programme, int year, ActionPlanStatus status) {
		ActionPlan actionPlan = new ActionPlan(programme, new FinancialYear(year), "Action plan " + year);
		actionPlan.setStatus(status);
		Objective objective = actionPlan.addObjective(1, "Objective", null);
		this.entityManager.persist(actionPlan);
		return objective;
	}

	private Action action(Objective objective, String description, int daysFromToday, Brag brag, String owners) {
		Action action = objective.addAction(description);
		LocalDate due = this.today.plusDays(daysFromToday);
		action.setDeadline(due.getDayOfMonth() + " " + due.getMonth() + " " + due.getYear(), due);
		action.setBrag(brag);
		action.setOwners(owners);
		this.entityManager.persist(action);
		return action;
	}

}
