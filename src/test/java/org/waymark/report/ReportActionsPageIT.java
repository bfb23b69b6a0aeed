package org.waymark.report;

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
import org.waymark.measure.MeasureQueries;
import org.waymark.support.PostgresIntegrationTest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action updates of a report being written, on PostgreSQL with the demo data's
 * Programme 6 action plan for 2018/19 (28 actions, none rated, most past their
 * deadlines). No demo lead leads Programme 6, so its reports are written by the business
 * manager (who may write any report) and the demo leads are the people of other
 * programmes who must be refused.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportActionsPageIT {

	private static final String ADMIN = "admin@example.org";

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

	@Autowired
	private MeasureQueries measures;

	private ReportFormPages pages;

	@BeforeEach
	void pages() {
		this.pages = new ReportFormPages(this.mvc, this.users, this.jdbc, this.entityManager, this.transactions,
				this.measures);
	}

	@Test
	void everyActionIsListedUnderItsObjectiveAndThoseOverdueSaySo() throws Exception {
		long report = this.pages.draft(6, 2018, "Q2");
		MockHttpServletResponse answer = this.pages.open(ADMIN, address(report));
		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getContentAsString());
		List<Long> actions = planActions();
		assertThat(actions).hasSize(28);
		assertThat(page.select("#actions-form [id^=action-]")).hasSize(28);
		assertThat(page.select("h2").eachText()).contains(
				"1. Increase the capacity of the leadership team so that the pace of change can be accelerated",
				"2. Improve the consistency of social work practice");
		Element first = page.getElementById("action-" + firstActionOf(1));
		assertThat(first.text()).contains("Action 1.1", "Review senior management structure", "HR Director / DDCS",
				"a) 31st May 2018 b) 1st June 2018 c) 1st June 2018", "Last quarter (2018/19 Q1)", "No update");
		assertThat(first.select("input[type=radio][name=actions[0].brag]").eachAttr("value")).containsExactly("BLUE",
				"GREEN", "AMBER", "RED");
		assertThat(first.getElementById("actions[0].brag")).isNotNull();
		// Past its deadline and not rated Blue: overdue, in words, for every dated
		// action.
		int dated = this.jdbc.queryForObject(
				"select count(*) from action where id in (" + ids(actions) + ") and deadline is not null",
				Integer.class);
		assertThat(dated).isPositive();
		assertThat(page.select("#actions-form .govuk-tag").eachText()).containsOnly("Overdue").hasSize(dated);
		assertThat(page.select(".govuk-warning-text").text())
			.contains(dated + " actions are past their deadline and not rated Blue");
	}

	@Test
	void ratingsAreSavedForTheQuarterChangedInPlaceAndShownAsLastQuarterInTheNext() throws Exception {
		long report = this.pages.draft(6, 2018, "Q3");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(report)).getContentAsString(), "actions-form");
		form.put("actions[0].brag", "GREEN");
		form.put("actions[0].commentary", "Structure agreed in May");
		form.put("actions[1].brag", "BLUE");
		MockHttpServletResponse saved = this.pages.send(ADMIN, address(report), form);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/reports/" + report + "/edit");
		assertThat(updates(report)).containsExactly(update(firstActionOf(1), "GREEN", "Structure agreed in May"),
				update(planActions().get(1), "BLUE", null));

		Document again = Jsoup.parse(this.pages.open(ADMIN, address(report)).getContentAsString());
		assertThat(again.select("input[name=actions[0].brag][checked]").val()).isEqualTo("GREEN");
		assertThat(again.getElementById("actions[0].commentary").wholeText()).isEqualTo("Structure agreed in May");
		// Rated Blue, so no longer overdue although its deadline has passed.
		assertThat(again.getElementById("action-" + planActions().get(1)).select(".govuk-tag").eachText())
			.doesNotContain("Overdue");
		Document tasks = Jsoup.parse(this.pages.open(ADMIN, "/reports/" + report + "/edit").getContentAsString());
		assertThat(tasks.getElementById("task-actions").text()).contains("2 of 28 actions updated");

		Map<String, String> changed = ReportFormPages.fieldsOf(again.outerHtml(), "actions-form");
		changed.put("actions[0].brag", "AMBER");
		assertThat(this.pages.send(ADMIN, address(report), changed).getStatus()).isEqualTo(302);
		assertThat(updates(report)).containsExactly(update(firstActionOf(1), "AMBER", "Structure agreed in May"),
				update(planActions().get(1), "BLUE", null));
		assertThat(this.jdbc.queryForObject("select count(*) from action_update_aud where action_id = ?", Integer.class,
				firstActionOf(1)))
			.as("audited revisions of the first action's update")
			.isGreaterThanOrEqualTo(2);

		long next = this.pages.draft(6, 2018, "Q4");
		Element first = Jsoup.parse(this.pages.open(ADMIN, address(next)).getContentAsString())
			.getElementById("action-" + firstActionOf(1));
		assertThat(first.text()).contains("Last quarter (2018/19 Q3)", "Amber", "Structure agreed in May");
		assertThat(first.select("input[name=actions[0].brag][checked]")).isEmpty();
	}

	@Test
	void aCommentaryWithoutARatingComesBackWithAnErrorSummaryAndEverythingTyped() throws Exception {
		long report = this.pages.draft(6, 2018, "Q2");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(report)).getContentAsString(), "actions-form");
		form.put("actions[0].brag", "RED");
		form.put("actions[0].commentary", "Restructure paused");
		form.put("actions[2].commentary", "Waiting for the audit");
		form.put("actions[3].brag", "GREEN");
		form.put("actions[3].commentary", "x".repeat(ActionUpdateInput.MAX_COMMENTARY_LENGTH + 1));
		MockHttpServletResponse answer = this.pages.send(ADMIN, address(report), form);

		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#actions[2].brag",
				"#actions[3].commentary");
		assertThat(page.select(".govuk-error-summary").text()).contains(
				"Action 1.3: choose a rating for the commentary you have written, or remove the commentary",
				"Action 1.4: the commentary must be 2,000 characters or fewer");
		assertThat(page.getElementById("actions[2].brag")).isNotNull();
		assertThat(page.getElementById("actions[2].commentary").wholeText()).isEqualTo("Waiting for the audit");
		assertThat(page.getElementById("actions[3].commentary").wholeText()).hasSize(2_001);
		assertThat(page.select("input[name=actions[0].brag][checked]").val()).isEqualTo("RED");
		assertThat(page.getElementById("actions[0].commentary").wholeText()).isEqualTo("Restructure paused");
		assertThat(updates(report)).isEmpty();
	}

	@Test
	void aSaveOverSomeoneElsesAnswersConflictKeepingTheTypingAndShowingWhatIsSaved() throws Exception {
		long report = this.pages.draft(6, 2018, "Q4");
		String opened = this.pages.open(ADMIN, address(report)).getContentAsString();
		Map<String, String> first = ReportFormPages.fieldsOf(opened, "actions-form");
		first.put("actions[5].brag", "GREEN");
		first.put("actions[5].commentary", "On track");
		assertThat(this.pages.send(ADMIN, address(report), first).getStatus()).isEqualTo(302);

		Map<String, String> second = ReportFormPages.fieldsOf(opened, "actions-form");
		second.put("actions[5].brag", "RED");
		second.put("actions[5].commentary", "Stalled since April");
		MockHttpServletResponse answer = this.pages.send(ADMIN, address(report), second);
		assertThat(answer.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else has changed this");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#action-" + planActions().get(5));
		assertThat(page.select("input[name=actions[5].brag][checked]").val()).isEqualTo("RED");
		assertThat(page.getElementById("actions[5].commentary").wholeText()).isEqualTo("Stalled since April");
		Element stored = page.getElementById("action-" + planActions().get(5)).selectFirst(".govuk-inset-text");
		assertThat(stored.text()).contains("What is saved now", "Green", "On track");
		assertThat(page.select(".govuk-inset-text")).hasSize(1);
		assertThat(updates(report)).containsExactly(update(planActions().get(5), "GREEN", "On track"));

		Map<String, String> again = ReportFormPages.fieldsOf(answer.getContentAsString(), "actions-form");
		assertThat(this.pages.send(ADMIN, address(report), again).getStatus()).isEqualTo(302);
		assertThat(updates(report)).containsExactly(update(planActions().get(5), "RED", "Stalled since April"));
	}

	@Test
	void leadsOfOtherProgrammesCannotOpenOrSaveTheUpdates() throws Exception {
		long report = this.pages.draft(6, 2018, "Q2");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(report)).getContentAsString(), "actions-form");
		form.put("actions[0].brag", "RED");
		for (String lead : List.of("lead@example.org", "lead7@example.org")) {
			assertThat(this.pages.open(lead, address(report)).getStatus()).as(lead).isEqualTo(403);
			assertThat(this.pages.send(lead, address(report), form).getStatus()).as(lead).isEqualTo(403);
		}
		assertThat(updates(report)).isEmpty();
	}

	@Test
	void aProgrammeWithNoActionPlanForTheYearSaysSoAndHasNothingToFillIn() throws Exception {
		long report = this.pages.draft(7, 2016, "Q1");
		MockHttpServletResponse answer = this.pages.open("lead7@example.org", address(report));
		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.select("main").text())
			.contains("Programme 7 has no action plan for 2016/17, so there are no actions to update in this report.");
		assertThat(page.getElementById("actions-form")).isNull();
		Document tasks = Jsoup
			.parse(this.pages.open("lead7@example.org", "/reports/" + report + "/edit").getContentAsString());
		assertThat(tasks.getElementById("task-actions").text()).contains("This programme has no action plan");
	}

	@Test
	void hostileInputIsShownBackEscapedAndForgedActionsAreRefused() throws Exception {
		long report = this.pages.draft(6, 2018, "Q2");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(report)).getContentAsString(), "actions-form");
		String script = "<script>alert(1)</script>";
		for (String payload : List.of(script, "x".repeat(100_000))) {
			form.replaceAll((name, value) -> payload);
			form.put("actions[0].brag", payload);
			form.put("actions[0].commentary", payload);
			MockHttpServletResponse answer = this.pages.send(ADMIN, address(report), form);
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getContentAsString()).doesNotContain(script);
			Document page = Jsoup.parse(answer.getContentAsString());
			assertThat(page.select(".govuk-error-summary")).isNotEmpty();
			assertThat(page.getElementById("actions[0].commentary").wholeText()).isEqualTo(payload);
		}
		MockHttpServletResponse forged = this.pages.send(ADMIN, address(report),
				Map.of("fingerprint", "x", "actions[5000].brag", "RED"));
		assertThat(forged.getStatus()).isEqualTo(400);
		assertThat(updates(report)).isEmpty();
	}

	private static String address(long report) {
		return "/reports/" + report + "/edit/actions";
	}

	/** The 2018/19 plan's actions in the order the page lists them. */
	private List<Long> planActions() {
		return this.jdbc.queryForList("""
				select a.id from action a join objective o on o.id = a.objective_id
				join action_plan ap on ap.id = o.action_plan_id
				join improvement_programme p on p.id = ap.programme_id
				left join sub_objective s on s.id = a.sub_objective_id
				where p.number = 6 and ap.financial_year = 2018
				order by o.position, s.position nulls first, a.position""", Long.class);
	}

	private long firstActionOf(int objective) {
		return this.jdbc.queryForObject("""
				select a.id from action a join objective o on o.id = a.objective_id
				join action_plan ap on ap.id = o.action_plan_id
				join improvement_programme p on p.id = ap.programme_id
				where p.number = 6 and ap.financial_year = 2018 and o.number = ? and a.sub_objective_id is null
				order by a.position limit 1""", Long.class, objective);
	}

	/** The quarter's updates in the plan's order, "action rating commentary". */
	private List<String> updates(long report) {
		List<Long> order = planActions();
		return this.jdbc.query("""
				select u.action_id, u.brag, u.commentary from action_update u
				join highlight_report r on r.reporting_period_id = u.reporting_period_id
				where r.id = ?""", (rs, n) -> update(rs.getLong(1), rs.getString(2), rs.getString(3)), report)
			.stream()
			.filter((update) -> order.contains(Long.valueOf(update.split(" ")[0])))
			.sorted(Comparator.comparingInt((update) -> order.indexOf(Long.valueOf(update.split(" ")[0]))))
			.toList();
	}

	private static String update(long actionId, String brag, String commentary) {
		return actionId + " " + brag + ((commentary != null) ? " " + commentary : "");
	}

	private static String ids(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

}
