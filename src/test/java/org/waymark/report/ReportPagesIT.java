package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.user.WaymarkUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report-writing pages as a lead and the business manager use them, on PostgreSQL
 * with the demo data: submitting an incomplete report, the section form's checks, "your
 * reports" and the quarter's returns.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportPagesIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoFixtures fixtures;

	private WritingDraft draft;

	private WaymarkUser lead;

	@BeforeEach
	void demo() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.draft = new WritingDraft(this.jdbc, this.entityManager, this.transactions);
		this.lead = new WorkflowActors(this.users, this.draft.programmeId()).principal(Actor.OWN_LEAD);
	}

	/**
	 * Puts the draft back, so that a report these tests submitted or published is not
	 * left for other tests to find in dashboards.
	 */
	@AfterEach
	void backToDraft() {
		this.draft.reset((report) -> {
		});
	}

	@Test
	void submittingWithOneSectionBlankShowsAnErrorSummaryLinkingToThatSection() throws Exception {
		long id = this.draft.reset((report) -> {
			WritingDraft.complete(report);
			report.section(SectionType.VARIANCES).write(null);
		});

		Document tasks = page(get("/reports/{id}/edit", id), this.lead);
		assertThat(tasks.select(".govuk-task-list__item")).hasSizeGreaterThanOrEqualTo(11);
		assertThat(tasks.select(".govuk-error-summary")).isEmpty();

		MvcResult result = this.mvc
			.perform(post("/reports/{id}/submit", id).with(user(this.lead)).with(csrf()).param("version", version(id)))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-task-list__item").eachAttr("id")).as("the task list, with the summary above")
			.isEqualTo(tasks.select(".govuk-task-list__item").eachAttr("id"));
		Elements links = page.select(".govuk-error-summary a");
		assertThat(links).singleElement().satisfies((link) -> {
			assertThat(link.attr("href")).isEqualTo("/reports/" + id + "/edit/sections/variances#body");
			assertThat(link.text()).contains("write this section or mark it as a nil return");
		});
		assertThat(state(id)).isEqualTo("DRAFT");

		// The link lands on the box to write in.
		Document section = page(get("/reports/{id}/edit/sections/variances", id), this.lead);
		assertThat(section.select("#body").eachAttr("name")).as("a box named body").containsExactly("body");
		assertThat(section.select("textarea#body")).hasSize(1);
	}

	@Test
	void submittingWithoutAStatusLinksToTheStatusQuestion() throws Exception {
		long id = this.draft.reset((report) -> {
			WritingDraft.complete(report);
			report.setStatus(null, null);
		});

		MvcResult result = this.mvc
			.perform(post("/reports/{id}/submit", id).with(user(this.lead)).with(csrf()).param("version", version(id)))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("/reports/" + id + "/edit/status#status", "/reports/" + id + "/edit/status#reason");
		Document status = page(get("/reports/{id}/edit/status", id), this.lead);
		assertThat(status.getElementById("status")).isNotNull();
		assertThat(status.getElementById("reason")).isNotNull();
	}

	@Test
	void completeReportIsSubmittedAndTheLeadTakenToIt() throws Exception {
		long id = this.draft.reset(WritingDraft::complete);

		this.mvc
			.perform(post("/reports/{id}/submit", id).with(user(this.lead)).with(csrf()).param("version", version(id)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/" + id));

		assertThat(state(id)).isEqualTo("SUBMITTED");
		// Submitted, it is no longer the lead's to write in: the task list shows it read
		// only.
		this.mvc.perform(get("/reports/{id}/edit", id).with(user(this.lead)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/" + id));
	}

	@Test
	void statusPageShowsTheStoredStatusChosen() throws Exception {
		long id = this.draft.reset((report) -> report.setStatus(Rag.RED, "Waiting times rose."));

		Document page = page(get("/reports/{id}/edit/status", id), this.lead);

		assertThat(page.select("input[name=status][checked]").eachAttr("value")).containsExactly("RED");
		assertThat(page.getElementById("reason").text()).isEqualTo("Waiting times rose.");
	}

	@Test
	void sectionWithTextAndNilReturnTickedIsSentBackWithTheTextKept() throws Exception {
		long id = this.draft.reset((report) -> report.section(SectionType.RISKS).write("Stored risk text"));
		String typed = "A new risk: the Kooth contract ends in March.";

		MvcResult result = this.mvc
			.perform(post("/reports/{id}/edit/sections/risks", id).with(user(this.lead))
				.with(csrf())
				.param("body", typed)
				.param("nilReturn", "true")
				.param("fingerprint", fingerprintOfRisks(id)))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text()).contains("Either remove the text or untick nil return");
		assertThat(page.getElementById("body").text()).isEqualTo(typed);
		assertThat(storedRisks(id)).isEqualTo("Stored risk text");
	}

	@Test
	void sectionTooLongIsSentBackWithTheLengthErrorAndTheTextKept() throws Exception {
		long id = this.draft.reset((report) -> report.section(SectionType.RISKS).write("Stored risk text"));
		String typed = "Risk. ".repeat(16_666) + "End";
		assertThat(typed).hasSize(99_999);

		MvcResult result = this.mvc
			.perform(post("/reports/{id}/edit/sections/risks", id).with(user(this.lead))
				.with(csrf())
				.param("body", typed)
				.param("fingerprint", fingerprintOfRisks(id)))
			.andExpect(status().isOk())
			.andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary").text())
			.contains("The section must be 20,000 characters or fewer");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#body");
		assertThat(page.getElementById("body").wholeText()).isEqualTo(typed);
		assertThat(storedRisks(id)).isEqualTo("Stored risk text");
	}

	@Test
	void adminReturnsWithACommentTheLeadSeesAndPublishesOnceResubmitted() throws Exception {
		long id = this.draft.reset(WritingDraft::complete);
		submitAsLead(id);
		UserDetails admin = this.users.loadUserByUsername("admin@example.org");

		MvcResult blank = this.mvc
			.perform(post("/reports/{id}/return", id).with(user(admin))
				.with(csrf())
				.param("version", version(id))
				.param("comment", "  "))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(blank.getResponse().getContentAsString()).select(".govuk-error-summary a").eachText())
			.containsExactly("Say what needs changing");
		this.mvc
			.perform(post("/reports/{id}/return", id).with(user(admin))
				.with(csrf())
				.param("version", "-1")
				.param("comment", "Please add the referral figures"))
			.andExpect(status().isConflict());
		assertThat(state(id)).isEqualTo("SUBMITTED");

		this.mvc
			.perform(post("/reports/{id}/return", id).with(user(admin))
				.with(csrf())
				.param("version", version(id))
				.param("comment", "Please add the referral figures"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/" + id));
		assertThat(state(id)).isEqualTo("RETURNED");
		assertThat(page(get("/reports/{id}/edit", id), this.lead).select(".govuk-inset-text").text())
			.contains("Please add the referral figures");

		submitAsLead(id);
		this.mvc.perform(post("/reports/{id}/publish", id).with(user(admin)).with(csrf()).param("version", version(id)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/" + id));
		assertThat(state(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/reports/{id}/edit/sections/risks", id).with(user(this.lead)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports/" + id));
		this.mvc
			.perform(post("/reports/{id}/edit/sections/risks", id).with(user(this.lead))
				.with(csrf())
				.param("body", "Too late")
				.param("fingerprint", fingerprintOfRisks(id)))
			.andExpect(status().isConflict());
		assertThat(storedRisks(id)).isEqualTo("Stored text of risks");
	}

	@Test
	void leadSeesTheirProgrammesForTheOpenQuarterMarkedLate() throws Exception {
		LocalDate due = this.jdbc.queryForObject("select due_date from reporting_period where id = ?", LocalDate.class,
				openQuarter());
		assertThat(LocalDate.now(ZoneId.of("Europe/London"))).as("the demo's due date has passed").isAfter(due);

		Document page = page(get("/reports/mine"), this.users.loadUserByUsername("lead@example.org"));

		Elements items = page.select(".govuk-task-list__item");
		assertThat(items.eachAttr("id")).containsExactly(returnId(1), returnId(5));
		for (int number : new int[] { 1, 5 }) {
			Element item = page.getElementById(returnId(number));
			String state = latestState(number);
			boolean sent = "SUBMITTED".equals(state) || "PUBLISHED".equals(state);
			assertThat(item.select(".govuk-task-list__status .govuk-tag").eachText()).as("programme %d", number)
				.isEqualTo(sent ? List.of(progress(state)) : List.of(progress(state), "Late"));
			assertThat(item.text()).as("programme %d", number)
				.contains(sent ? "" : "The due date has passed.")
				.startsWith(number + ". ");
		}
	}

	@Test
	void anotherLeadSeesOnlyTheirOwnProgramme() throws Exception {
		Document page = page(get("/reports/mine"), this.users.loadUserByUsername("lead7@example.org"));

		assertThat(page.select(".govuk-task-list__item").eachAttr("id")).containsExactly(returnId(7));
	}

	@Test
	void adminSeesEveryProgrammesReturnAndTheReportsWaitingForReview() throws Exception {
		long submitted5 = this.fixtures.submittedReport(5);
		long submitted7 = this.fixtures.submittedReport(7);

		Document page = page(get("/returns"), this.users.loadUserByUsername("admin@example.org"));

		Element awaiting = page.select("table").first();
		assertThat(awaiting.select("caption").text()).isEqualTo("Reports waiting for review");
		assertThat(awaiting.select("a").eachAttr("href")).contains("/reports/" + submitted5, "/reports/" + submitted7);
		Element demoQuarter = demoPlanTable(page);
		List<String> programmes = this.jdbc.queryForList("""
				select p.number || '. ' from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = ? order by p.number""", String.class, DemoFixtures.DEMO_PLAN);
		assertThat(programmes).hasSizeGreaterThanOrEqualTo(7);
		List<String> rows = demoQuarter.select("tbody tr th").eachText();
		assertThat(rows).hasSameSizeAs(programmes);
		for (int i = 0; i < programmes.size(); i++) {
			assertThat(rows.get(i)).startsWith(programmes.get(i));
		}
		assertThat(demoQuarter.select("tbody tr td .govuk-tag").eachText()).allSatisfy((tag) -> assertThat(tag)
			.isIn("Late", "Submitted", "Published", "Exempt", "Not started", "In progress", "Returned for changes"));
	}

	@Test
	void onlyLeadsAndAdminsHaveReportsToWriteAndOnlyAdminsSeeEveryReturn() throws Exception {
		for (String username : new String[] { "executive@example.org", "scrutiny@example.org" }) {
			UserDetails reader = this.users.loadUserByUsername(username);
			this.mvc.perform(get("/reports/mine").with(user(reader))).andExpect(status().isForbidden());
			this.mvc.perform(get("/returns").with(user(reader))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/returns").with(user(this.users.loadUserByUsername("lead@example.org"))))
			.andExpect(status().isForbidden());
	}

	private void submitAsLead(long id) throws Exception {
		this.mvc
			.perform(post("/reports/{id}/submit", id).with(user(this.lead)).with(csrf()).param("version", version(id)))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("SUBMITTED");
	}

	/** The table of the open quarter's returns of the demo plan (tests may add plans). */
	private Element demoPlanTable(Document page) {
		String planTitle = this.jdbc.queryForObject("select title from plan where short_name = ?", String.class,
				DemoFixtures.DEMO_PLAN);
		for (Element heading : page.select("h2")) {
			Element intro = heading.nextElementSibling();
			if (intro != null && intro.text().startsWith(planTitle)) {
				Element table = intro.nextElementSibling().selectFirst("table");
				assertThat(table).isNotNull();
				return table;
			}
		}
		throw new AssertionError("No open quarter of the demo plan on /returns");
	}

	private static String progress(String state) {
		if (state == null) {
			return "Not started";
		}
		return switch (state) {
			case "DRAFT" -> "In progress";
			case "RETURNED" -> "Returned for changes";
			case "SUBMITTED" -> "Submitted";
			default -> "Published";
		};
	}

	private String latestState(int programmeNumber) {
		return this.jdbc.query("""
				select state from highlight_report where programme_id = ? and reporting_period_id = ?
				order by revision desc limit 1""", (rs) -> rs.next() ? rs.getString(1) : null,
				this.fixtures.programmeId(programmeNumber), openQuarter());
	}

	private String returnId(int programmeNumber) {
		return "return-" + this.fixtures.programmeId(programmeNumber) + "-" + openQuarter();
	}

	private long openQuarter() {
		return this.fixtures.periodId(2017, "Q4");
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			UserDetails who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private String version(long id) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class, id));
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from highlight_report where id = ?", String.class, id);
	}

	private String storedRisks(long id) {
		return this.jdbc.queryForObject(
				"select body from report_section where report_id = ? and section_type = 'RISKS'", String.class, id);
	}

	private String fingerprintOfRisks(long id) {
		return this.transactions.execute((tx) -> ReportDraftingService
			.sectionFingerprint(this.entityManager.find(HighlightReport.class, id).section(SectionType.RISKS)));
	}

}
