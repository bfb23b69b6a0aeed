package org.waymark.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.measure.DataStatus;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.ReportComparison.CaseStudyChangeKind;
import org.waymark.report.ReportComparison.SectionChange;
import org.waymark.report.ReportHistory.Entry;
import org.waymark.report.ReportHistory.Part;
import org.waymark.shared.TextDiff.Kind;
import org.waymark.shared.TextDiff.Segment;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.user.Role;
import org.waymark.user.UserAccount;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A highlight report's history of changes on PostgreSQL: a report of programme 3 for
 * 2018/19 Q3 (a quarter no other test writes) is started by the business manager, written
 * by a lead of the programme and the business manager in turn, submitted, returned,
 * resubmitted, published and corrected; the history then says who did what and when, and
 * the comparison shows what changed, section by section.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportHistoryIT {

	private static final String LEAD = "history-lead@example.org";

	private static final String LEAD_NAME = "Hana Historian";

	private static final String ADMIN_NAME = "Partnership Business Manager (demo)";

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

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private ReportHistoryService history;

	@Autowired
	private MeasureQueries measures;

	private Authentication admin;

	private Authentication lead;

	private long reportId;

	/** The change sets in the order they were made. */
	private int started;

	private int statusByLead;

	private int achievementsByLead;

	private int achievementsByAdmin;

	private int valueEntered;

	private int valueCorrected;

	private int caseStudyAdded;

	private int submitted;

	private int returned;

	private int rewritten;

	private int resubmitted;

	private int published;

	/** The correction of the published report, and its one save. */
	private long correctionId;

	private int correctionStarted;

	private int corrected;

	/**
	 * Statements the history page ran when it listed the first five change sets (every
	 * kind of audited row by then).
	 */
	private long statementsEarlyOn;

	@BeforeAll
	void writeAReportAsTwoPeople() throws Exception {
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		long programmeId = fixtures.programmeId(3);
		long periodId = fixtures.periodId(2018, "Q3");
		this.transactions.executeWithoutResult((tx) -> {
			UserAccount account = new UserAccount(LEAD, LEAD_NAME, "{noop}history-lead-1", Set.of(Role.LEAD));
			account.getAssignedProgrammes().add(this.entityManager.find(ImprovementProgramme.class, programmeId));
			this.entityManager.persist(account);
		});
		this.admin = signedIn("admin@example.org");
		this.lead = signedIn(LEAD);

		this.reportId = returningAs(this.admin, () -> this.transactions.execute((tx) -> {
			HighlightReport report = new HighlightReport(
					this.entityManager.find(ImprovementProgramme.class, programmeId),
					this.entityManager.find(ReportingPeriod.class, periodId));
			for (Measure measure : this.measures.measuresOf(programmeId)) {
				report.addMeasureRow(measure, null, null);
			}
			this.entityManager.persist(report);
			return report.getId();
		}));
		this.started = latestChangeSet();

		as(this.lead, () -> this.drafting.saveStatus(this.reportId, Rag.AMBER, "Two hubs are late.",
				this.drafting.statusDraft(this.reportId, this.lead).fingerprint(), this.lead));
		this.statusByLead = latestChangeSet();

		as(this.lead, () -> saveSection(SectionType.ACHIEVEMENTS, "We opened two hubs.", this.lead));
		this.achievementsByLead = latestChangeSet();
		as(this.admin, () -> saveSection(SectionType.ACHIEVEMENTS, "We opened three hubs in Taunton.", this.admin));
		this.achievementsByAdmin = latestChangeSet();

		as(this.lead, () -> this.transactions.executeWithoutResult(
				(tx) -> firstRow().recordCurrent("Q3 2018/19", new BigDecimal("41.5"), null, DataStatus.REPORTED)));
		this.valueEntered = latestChangeSet();
		this.statementsEarlyOn = statementsFor("/reports/" + this.reportId + "/history");
		as(this.lead, () -> this.transactions.executeWithoutResult(
				(tx) -> firstRow().recordCurrent("Q3 2018/19", new BigDecimal("43.0"), null, DataStatus.REPORTED)));
		this.valueCorrected = latestChangeSet();
		as(this.lead,
				() -> this.transactions
					.executeWithoutResult((tx) -> this.entityManager.find(HighlightReport.class, this.reportId)
						.addCaseStudy("Kooth online counselling", "Young people used it 400 times.")));
		this.caseStudyAdded = latestChangeSet();

		as(this.lead, () -> {
			for (SectionType type : SectionType.values()) {
				if (type != SectionType.ACHIEVEMENTS) {
					this.drafting.saveSection(this.reportId, type, null, true,
							this.drafting.sectionDraft(this.reportId, type, this.lead).fingerprint(), this.lead);
				}
			}
			this.transactions.executeWithoutResult((tx) -> this.entityManager.find(HighlightReport.class, this.reportId)
				.getMeasureRows()
				.forEach((row) -> {
					if (!row.isAnswered()) {
						row.recordCurrent(null, null, null, DataStatus.AWAITING_DATA);
					}
				}));
			long version = this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class,
					this.reportId);
			assertThat(this.drafting.submit(this.reportId, version, this.lead)).as("problems on submitting").isEmpty();
		});
		this.submitted = latestChangeSet();
		as(this.admin, () -> {
			long version = this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class,
					this.reportId);
			this.review.returnForChanges(this.reportId, version, "Say where the hubs are.", this.admin);
		});
		this.returned = latestChangeSet();

		as(this.lead, () -> saveSection(SectionType.ACHIEVEMENTS, "We opened three hubs in Taunton, Yeovil and Chard.",
				this.lead));
		this.rewritten = latestChangeSet();
		as(this.lead,
				() -> assertThat(this.drafting.submit(this.reportId, version(this.reportId), this.lead)).isEmpty());
		this.resubmitted = latestChangeSet();
		as(this.admin,
				() -> assertThat(this.review.publish(this.reportId, version(this.reportId), this.admin)).isEmpty());
		this.published = latestChangeSet();
		this.correctionId = returningAs(this.admin, () -> this.review.startCorrection(this.reportId,
				version(this.reportId), "The hub in Chard opened in the next quarter.", this.admin));
		this.correctionStarted = latestChangeSet();
		as(this.admin, () -> this.drafting.saveSection(this.correctionId, SectionType.ACHIEVEMENTS,
				"We opened three hubs in Taunton and Yeovil.", false,
				this.drafting.sectionDraft(this.correctionId, SectionType.ACHIEVEMENTS, this.admin).fingerprint(),
				this.admin));
		this.corrected = latestChangeSet();
	}

	@Test
	void historyListsEveryChangeSetNewestFirstWithWhoAndWhatAndStage() {
		List<Entry> entries = this.history.history(this.reportId, this.admin).entries();

		assertThat(entries).extracting(Entry::number)
			.startsWith(this.published, this.resubmitted, this.rewritten, this.returned, this.submitted)
			.contains(this.caseStudyAdded, this.valueCorrected, this.valueEntered, this.achievementsByAdmin,
					this.achievementsByLead, this.statusByLead)
			.endsWith(this.started)
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(entry(entries, this.started).author().name()).isEqualTo(ADMIN_NAME);
		assertThat(parts(entry(entries, this.started))).containsExactly("report.history.part.started");
		assertThat(entry(entries, this.started).previous()).isNull();

		Entry status = entry(entries, this.statusByLead);
		assertThat(status.author().name()).isEqualTo(LEAD_NAME);
		assertThat(parts(status)).containsExactly("report.history.part.status");
		assertThat(status.stage()).isNull();
		assertThat(status.previous()).isEqualTo(this.started);

		assertThat(entry(entries, this.achievementsByAdmin).author().name()).isEqualTo(ADMIN_NAME);
		assertThat(parts(entry(entries, this.achievementsByAdmin))).containsExactly("report.section.ACHIEVEMENTS");
		assertThat(entry(entries, this.valueEntered).parts())
			.containsExactly(new Part("report.history.part.measures", 1L));
		assertThat(entry(entries, this.valueCorrected).parts())
			.as("a value changed in place is part of the report's history")
			.containsExactly(new Part("report.history.part.measures", 1L));
		assertThat(parts(entry(entries, this.caseStudyAdded))).containsExactly("report.history.part.caseStudies");
		assertThat(entry(entries, this.submitted).stage()).isEqualTo(ReportState.SUBMITTED);
		assertThat(entry(entries, this.submitted).author().name()).isEqualTo(LEAD_NAME);
		assertThat(entry(entries, this.returned).stage()).isEqualTo(ReportState.RETURNED);
		assertThat(parts(entry(entries, this.returned))).containsExactly("report.history.part.returnComment");
		assertThat(entry(entries, this.resubmitted).stage()).isEqualTo(ReportState.SUBMITTED);
		assertThat(parts(entry(entries, this.resubmitted))).as("nothing but the stage changed").isEmpty();
		assertThat(parts(entry(entries, this.rewritten))).containsExactly("report.section.ACHIEVEMENTS");
		assertThat(entry(entries, this.published).stage()).isEqualTo(ReportState.PUBLISHED);
		assertThat(entries).extracting(Entry::number).doesNotContain(this.corrected);
	}

	@Test
	void aCorrectionHasItsOwnHistoryAndTheRevisionsLinkToEachOther() throws Exception {
		ReportHistory correction = this.history.history(this.correctionId, this.admin);

		assertThat(correction.entries()).extracting(Entry::number)
			.containsExactly(this.corrected, this.correctionStarted);
		assertThat(parts(correction.entries().get(1))).containsExactly("report.history.part.correctionStarted");
		assertThat(correction.entries().get(1).author().name()).isEqualTo(ADMIN_NAME);
		assertThat(parts(correction.entries().get(0))).containsExactly("report.section.ACHIEVEMENTS");
		assertThat(this.history.compare(this.correctionId, null, null, this.admin).sections()).singleElement()
			.satisfies((section) -> assertThat(section.text().segments()).contains(new Segment(Kind.REMOVED, "Chard"),
					new Segment(Kind.ADDED, "Yeovil")));

		Document original = page("/reports/" + this.reportId + "/history", this.admin);
		assertThat(original.select("a[href=/reports/" + this.correctionId + "/history]").text())
			.isEqualTo("History of revision 2 (Draft)");
		Document page = page("/reports/" + this.correctionId + "/history", this.admin);
		assertThat(page.select("a[href=/reports/" + this.reportId + "/history]").text())
			.isEqualTo("History of revision 1 (Published)");
		assertThat(page.select("main").text()).contains("The hub in Chard opened in the next quarter.");
	}

	@Test
	void historyPageShowsNamesStagesAndLinksToEachChange() throws Exception {
		Document page = page("/reports/" + this.reportId + "/history", this.lead);

		Element returnedRow = page.getElementById("change-" + this.returned);
		assertThat(returnedRow).isNotNull();
		assertThat(returnedRow.text()).contains(ADMIN_NAME, "Returned for changes", "Comment on returning the report");
		assertThat(page.getElementById("change-" + this.started).text()).contains("Save 1", "Report started");
		Element statusRow = page.getElementById("change-" + this.statusByLead);
		assertThat(statusRow.text()).contains(LEAD_NAME, "Overall status");
		assertThat(statusRow.selectFirst("th").text()).matches("\\d{1,2} \\w+ \\d{4} at \\d{1,2}:\\d{2}[ap]m Save 2");
		assertThat(statusRow.selectFirst("a").attr("href")).isEqualTo(
				"/reports/" + this.reportId + "/history/compare?from=" + this.started + "&to=" + this.statusByLead);
		assertThat(page.getElementById("change-" + this.submitted).text()).contains("Submitted");
		assertThat(page.select("select#compare-from option[selected]").attr("value"))
			.isEqualTo(String.valueOf(this.resubmitted));
		assertThat(page.select("select#compare-to option[selected]").attr("value"))
			.isEqualTo(String.valueOf(this.published));
	}

	@Test
	void comparisonShowsASectionWordByWordAndTheStatusChange() {
		ReportComparison comparison = this.history.compare(this.reportId, this.started, this.achievementsByAdmin,
				this.lead);

		assertThat(comparison.status().before()).isNull();
		assertThat(comparison.status().after()).isEqualTo(Rag.AMBER);
		assertThat(comparison.sections()).extracting(SectionChange::type).containsExactly(SectionType.ACHIEVEMENTS);
		assertThat(comparison.unchanged()).contains("report.section.RISKS", "report.compare.part.measures",
				"report.history.part.caseStudies");

		SectionChange achievements = this.history
			.compare(this.reportId, this.achievementsByLead, this.achievementsByAdmin, this.lead)
			.sections()
			.get(0);
		assertThat(achievements.text().segments()).containsExactly(new Segment(Kind.SAME, "We opened "),
				new Segment(Kind.REMOVED, "two"), new Segment(Kind.ADDED, "three"), new Segment(Kind.SAME, " hubs"),
				new Segment(Kind.ADDED, " in Taunton"), new Segment(Kind.SAME, "."));
	}

	@Test
	void comparisonShowsMeasureValuesCaseStudiesNilReturnsAndTheStage() {
		ReportComparison comparison = this.history.compare(this.reportId, this.achievementsByAdmin, this.returned,
				this.admin);

		assertThat(comparison.stage().before()).isEqualTo(ReportState.DRAFT);
		assertThat(comparison.stage().after()).isEqualTo(ReportState.RETURNED);
		assertThat(comparison.stage().returnComment().isEmpty()).isFalse();
		assertThat(comparison.sections()).hasSize(SectionType.values().length - 1)
			.allSatisfy((section) -> assertThat(section.nilReturnAfter()).isTrue());
		assertThat(comparison.measures()).isNotEmpty();
		assertThat(comparison.measures().get(0).before().hasValue()).isFalse();
		assertThat(comparison.measures().get(0).after().amount().value()).isEqualByComparingTo("43");
		assertThat(comparison.caseStudies()).singleElement()
			.satisfies((study) -> assertThat(study.kind()).isEqualTo(CaseStudyChangeKind.ADDED))
			.satisfies((study) -> assertThat(study.title()).isEqualTo("Kooth online counselling"));

		ReportComparison valueOnly = this.history.compare(this.reportId, this.valueEntered, this.valueCorrected,
				this.admin);
		assertThat(valueOnly.measures()).singleElement().satisfies((change) -> {
			assertThat(change.before().amount().value()).isEqualByComparingTo("41.5");
			assertThat(change.after().amount().value()).isEqualByComparingTo("43");
		});
	}

	@Test
	void comparisonPageMarksInsertionsAndDeletionsInWordsNotColourAlone() throws Exception {
		Document page = page("/reports/" + this.reportId + "/history/compare?from=" + this.achievementsByLead + "&to="
				+ this.achievementsByAdmin, this.lead);

		Element removed = page.selectFirst("del");
		Element added = page.selectFirst("ins");
		assertThat(removed.text()).isEqualTo("[removed: two end of removal]");
		assertThat(removed.select(".govuk-visually-hidden")).hasSize(2);
		assertThat(added.text()).isEqualTo("[added: three end of addition]");
		assertThat(page.select("main").text()).contains("Not changed", "Most significant current risks");
	}

	@Test
	void comparisonDefaultsToTheLatestChangesAndPutsReversedChoicesInOrder() throws Exception {
		ReportComparison latest = this.history.compare(this.reportId, null, null, this.lead);
		assertThat(latest.from().number()).isEqualTo(this.resubmitted);
		assertThat(latest.to().number()).isEqualTo(this.published);
		assertThat(this.history.compare(this.reportId, null, this.achievementsByAdmin, this.lead).from().number())
			.isEqualTo(this.achievementsByLead);
		assertThat(this.history.compare(this.reportId, this.valueEntered, null, this.lead).to().number())
			.isEqualTo(this.published);
		assertThat(page("/reports/" + this.reportId + "/history/compare", this.lead).select("main").text())
			.contains("Submitted", "Published");

		Document reversed = page("/reports/" + this.reportId + "/history/compare?from=" + this.achievementsByAdmin
				+ "&to=" + this.achievementsByLead, this.lead);
		assertThat(reversed.selectFirst("del").text()).contains("two");
		assertThat(reversed.selectFirst("ins").text()).contains("three");

		Document same = page(
				"/reports/" + this.reportId + "/history/compare?from=" + this.submitted + "&to=" + this.submitted,
				this.lead);
		assertThat(same.select("main").text()).contains("You chose the same version twice");
	}

	@Test
	void badOrForeignChangeSetsAreRefusedWithoutAnError() throws Exception {
		long published = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).reportId(5, 2017, "Q3");
		int otherReportsChangeSet = this.jdbc.queryForObject("select min(rev) from highlight_report_aud where id = ?",
				Integer.class, published);
		String compare = "/reports/" + this.reportId + "/history/compare";
		assertThat(status(compare + "?from=" + otherReportsChangeSet, this.admin)).isEqualTo(404);
		assertThat(status(compare + "?to=987654321", this.admin)).isEqualTo(404);
		assertThat(status(compare + "?from=abc", this.admin)).isEqualTo(400);
		assertThat(status(compare + "?to=99999999999", this.admin)).isEqualTo(400);
		assertThat(status(compare + "?from=0", signedIn("scrutiny@example.org"))).isEqualTo(400);
		assertThat(status(compare + "?from=&to=", this.admin)).isEqualTo(200);
	}

	@Test
	void onlyThoseWhoMayReadTheProgrammesDraftsSeeTheHistory() throws Exception {
		for (String path : List.of("/reports/" + this.reportId + "/history",
				"/reports/" + this.reportId + "/history/compare")) {
			assertThat(status(path, this.admin)).as("admin: %s", path).isEqualTo(200);
			assertThat(status(path, this.lead)).as("the programme's lead: %s", path).isEqualTo(200);
			assertThat(status(path, signedIn("lead@example.org"))).as("another programme's lead: %s", path)
				.isEqualTo(403);
			assertThat(status(path, signedIn("executive@example.org"))).as("executive: %s", path).isEqualTo(403);
			assertThat(status(path, signedIn("scrutiny@example.org"))).as("scrutiny: %s", path).isEqualTo(403);
		}
		assertThat(status("/reports/987654321/history", this.admin)).isEqualTo(404);
		assertThat(status("/reports/987654321/history/compare", this.admin)).isEqualTo(404);
	}

	@Test
	void demoDataIsAttributedToWaymarkLoadingIt() throws Exception {
		long published = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).reportId(5, 2017, "Q3");
		Document page = page("/reports/" + published + "/history", this.admin);

		assertThat(page.select("tbody tr")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.text()).contains("Waymark (data load)"));
	}

	@Test
	void historyPageRunsTheSameStatementsHoweverManyChangeSetsItLists() throws Exception {
		assertThat(this.history.history(this.reportId, this.admin).entries()).hasSizeGreaterThan(8);
		assertThat(statementsFor("/reports/" + this.reportId + "/history")).isEqualTo(this.statementsEarlyOn);
	}

	private void saveSection(SectionType type, String body, Authentication who) {
		this.drafting.saveSection(this.reportId, type, body, false,
				this.drafting.sectionDraft(this.reportId, type, who).fingerprint(), who);
	}

	private ReportMeasureRow firstRow() {
		List<ReportMeasureRow> rows = this.entityManager.find(HighlightReport.class, this.reportId).getMeasureRows();
		assertThat(rows).as("programme 3's measure rows").isNotEmpty();
		return rows.get(0);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class, id);
	}

	private int latestChangeSet() {
		return this.jdbc.queryForObject("select max(rev) from revinfo", Integer.class);
	}

	private long statementsFor(String url) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			assertThat(status(url, this.admin)).isEqualTo(200);
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	private Document page(String url, Authentication who) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(authentication(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(String url, Authentication who) throws Exception {
		return this.mvc.perform(get(url).with(authentication(who))).andReturn().getResponse().getStatus();
	}

	private static Entry entry(List<Entry> entries, int number) {
		return entries.stream().filter((e) -> e.number() == number).findFirst().orElseThrow();
	}

	private static List<String> parts(Entry entry) {
		return entry.parts().stream().map(Part::messageKey).toList();
	}

	private Authentication signedIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** Runs the work as the person, so that the audit trail attributes it to them. */
	private static void as(Authentication who, Runnable work) {
		returningAs(who, () -> {
			work.run();
			return null;
		});
	}

	private static <T> T returningAs(Authentication who, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(who);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
