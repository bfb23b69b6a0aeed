package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafting an executive summary from a quarter's reports ({@link SummaryCompiler}) and
 * drafting it again ({@link ExecutiveSummary#draftFrom}): where each report section's
 * points land, attribution, missing and exempt programmes, and that the business
 * manager's edits survive.
 */
class ExecutiveSummaryDraftingTest {

	private static final Instant NOW = Instant.parse("2018-01-20T09:00:00Z");

	private final ReportFixtures fixtures = new ReportFixtures();

	private final ImprovementProgramme exempt = programme(6, 6L);

	private final ImprovementProgramme late = programme(7, 7L);

	private final List<HighlightReport> reports = new ArrayList<>();

	private final List<ReportExemption> exemptions = new ArrayList<>(List.of(ReportFixtures
		.withId(new ReportExemption(this.exempt, this.fixtures.q3, "Preparing for the Ofsted inspection"), 90L)));

	@Test
	void eachReportSectionsPointsLandInTheirSummarySectionAttributedToTheProgramme() {
		this.reports.add(this.fixtures.submitted(1L));

		SummarySource source = compile();

		Map<SummarySection, List<String>> texts = source.items()
			.stream()
			.collect(Collectors.groupingBy(SummarySource.Item::section,
					Collectors.mapping(SummarySource.Item::text, Collectors.toList())));
		assertThat(texts.get(SummarySection.ACHIEVEMENTS)).containsExactly(
				"The West Somerset Opportunity Area plan is published.",
				"Trustee Week gave a workshop for 34 prospective school governors.");
		// Slippage, then issues (risks and variances are nil returns).
		assertThat(texts.get(SummarySection.SLIPPAGE_ISSUES_RISKS)).containsExactly(
				"Work on the Inclusive Communities Charter mark has not yet commenced.",
				"The Charter Mark work is delayed by a vacancy.");
		assertThat(texts.get(SummarySection.NEXT_QUARTER))
			.containsExactly("Key Cabinet decision awaited in January 2018.");
		assertThat(texts.get(SummarySection.DECISIONS_REQUIRED))
			.containsExactly("That the Somerset Children's Trust supports the progress of Programme 1.");
		assertThat(source.items())
			.allSatisfy((item) -> assertThat(item.programme()).isSameAs(this.fixtures.programmeOne));

		ExecutiveSummary summary = drafted(source);
		assertThat(summary.getAchievements())
			.isEqualTo("- The West Somerset Opportunity Area plan is published. (Programme 1)\n"
					+ "- Trustee Week gave a workshop for 34 prospective school governors. (Programme 1)");
		assertThat(summary.getSlippageIssuesRisks()).contains("has not yet commenced. (Programme 1)");
	}

	@Test
	void statusRowsComeFromTheReportWithTheTrendAgainstLastQuartersPublishedStatus() {
		this.reports.add(this.fixtures.publishedIn(this.fixtures.q2, Rag.AMBER, 5L));
		this.reports.add(this.fixtures.published(1L));

		SummarySource.Row row = compile().rows().get(0);

		assertThat(row.source()).isEqualTo(SummaryReturn.REPORTED);
		assertThat(row.status()).isEqualTo(Rag.GREEN);
		assertThat(row.trend()).isEqualTo(StatusTrend.IMPROVING);
		assertThat(row.reason()).startsWith("The programme is on course to complete by March 2018.");
	}

	@Test
	void aDraftReportIsNotReceivedAndAnExemptProgrammeShowsItsReason() {
		this.reports.add(withProgramme(this.late, 3L));

		List<SummarySource.Row> rows = compile().rows();

		assertThat(rows).extracting(SummarySource.Row::source)
			.containsExactly(SummaryReturn.NOT_RECEIVED, SummaryReturn.EXEMPT, SummaryReturn.NOT_RECEIVED);
		assertThat(rows.get(1).reason()).isEqualTo("Preparing for the Ofsted inspection");
		assertThat(rows.get(1).status()).isNull();
		assertThat(compile().items()).as("points of reports not received").isEmpty();
	}

	@Test
	void aCorrectionBeingWrittenLeavesThePublishedRevisionSummarised() {
		HighlightReport published = this.fixtures.published(1L);
		HighlightReport correction = ReportFixtures.withId(published.startCorrection("Typo"), 2L);
		correction.section(SectionType.ACHIEVEMENTS).write("- Not published yet");
		this.reports.addAll(List.of(published, correction));

		assertThat(compile().items()).extracting(SummarySource.Item::text).doesNotContain("Not published yet");
	}

	@Test
	void draftingAgainKeepsEditsAndFlagsNewAndVanishedPoints() {
		HighlightReport report = this.fixtures.submitted(1L);
		this.reports.add(report);
		ExecutiveSummary summary = drafted(compile());
		ExecutiveSummaryItem westSomerset = item(summary, "West Somerset");
		ExecutiveSummaryItem trustee = item(summary, "Trustee Week");
		ExecutiveSummaryItem cabinet = item(summary, "Key Cabinet");
		summary.revise(new SummaryEdit("end December 2017", "A good quarter.",
				List.of(new SummaryEdit.RowEdit(row(summary, 1).getId(), null, "The admin's reason")),
				List.of(new SummaryEdit.ItemEdit(westSomerset.getId(), "The WSOA plan is out.", false),
						new SummaryEdit.ItemEdit(trustee.getId(), trustee.getText(), true)),
				new SummaryEdit.NewItem(SummarySection.DECISIONS_REQUIRED, null,
						"That the SCT Executive notes the progress.")));
		// The report changes: one point reworded, one gone, one new.
		ReflectionTestUtils.setField(report, "state", ReportState.DRAFT);
		report.section(SectionType.ACHIEVEMENTS)
			.write("- The West Somerset Opportunity Area plan is published.\n- A new achievement.");
		report.section(SectionType.NEXT_PERIOD).markNilReturn();
		report.setStatus(Rag.AMBER, "The report's new reason");
		ReflectionTestUtils.setField(report, "state", ReportState.SUBMITTED);

		summary.draftFrom(compile(), NOW.plusSeconds(60));

		assertThat(westSomerset.getText()).isEqualTo("The WSOA plan is out.");
		assertThat(westSomerset.getFlag()).isNull();
		assertThat(trustee.isIncluded()).isFalse();
		assertThat(trustee.getFlag()).isEqualTo(SummaryItemFlag.NO_LONGER_REPORTED);
		assertThat(cabinet.getFlag()).isEqualTo(SummaryItemFlag.NO_LONGER_REPORTED);
		assertThat(summary.getItems()).contains(cabinet, trustee);
		assertThat(item(summary, "A new achievement").getFlag()).isEqualTo(SummaryItemFlag.NEW);
		assertThat(item(summary, "notes the progress").isAddedByHand()).isTrue();
		assertThat(summary.getOverall()).isEqualTo("A good quarter.");
		ExecutiveSummaryStatus row = row(summary, 1);
		assertThat(row.getStatus()).isEqualTo(Rag.AMBER);
		assertThat(row.getReason()).isEqualTo("The admin's reason");
		assertThat(row.getSourceReason()).isEqualTo("The report's new reason");
		assertThat(row.isReasonDifferentFromSource()).isTrue();
		assertThat(summary.getAchievements())
			.isEqualTo("- The WSOA plan is out. (Programme 1)\n" + "- A new achievement. (Programme 1)");
		assertThat(summary.getDecisionsRequired()).endsWith("- That the SCT Executive notes the progress.");
	}

	@Test
	void theFirstDraftingFlagsNothingNew() {
		this.reports.add(this.fixtures.submitted(1L));

		ExecutiveSummary summary = drafted(compile());

		assertThat(summary.getItems()).allSatisfy((item) -> assertThat(item.getFlag()).isNull());
		assertThat(summary.getProgressAsAt()).isEqualTo("end December 2017");
	}

	@Test
	void aStatusGivenToAnExemptProgrammeIsKeptWhenDraftedAgain() {
		ExecutiveSummary summary = drafted(compile());
		ExecutiveSummaryStatus exemptRow = row(summary, 6);
		summary.revise(new SummaryEdit(null, null,
				List.of(new SummaryEdit.RowEdit(exemptRow.getId(), Rag.GREEN, "Focus on the Ofsted inspection")),
				List.of(), null));

		summary.draftFrom(compile(), NOW.plusSeconds(60));

		assertThat(exemptRow.getStatus()).isEqualTo(Rag.GREEN);
		assertThat(exemptRow.getReason()).isEqualTo("Focus on the Ofsted inspection");
	}

	@Test
	void aPublishedSummaryIsLockedAndDraftingStartsTheNextRevisionKeepingEdits() {
		this.reports.add(this.fixtures.submitted(1L));
		ExecutiveSummary summary = drafted(compile());
		ExecutiveSummaryItem trustee = item(summary, "Trustee Week");
		summary.revise(new SummaryEdit("end December 2017", "Overall.", List.of(),
				List.of(new SummaryEdit.ItemEdit(trustee.getId(), null, true)), null));
		summary.publish("admin", NOW);

		assertThatThrownBy(() -> summary.draftFrom(compile(), NOW)).isInstanceOf(ReportWorkflowException.class);
		ExecutiveSummary next = summary.startRevision();
		next.draftFrom(compile(), NOW.plusSeconds(60));

		assertThat(next.getRevision()).isEqualTo(2);
		assertThat(next.isPublished()).isFalse();
		assertThat(next.getOverall()).isEqualTo("Overall.");
		assertThat(next.getAchievements()).doesNotContain("Trustee Week");
		assertThat(summary.getAchievements()).doesNotContain("Trustee Week");
	}

	@Test
	void aSummaryRecordedByHandComesIntoTheNextRevisionAsPointsLeftOut() {
		ExecutiveSummary recorded = new ExecutiveSummary(this.fixtures.q3);
		recorded.write("end December 2017", "Overall.", "- Recorded achievement", null, null,
				"- That the SCT Executive notes the progress");
		recorded.publish(NOW);

		ExecutiveSummary next = recorded.startRevision();

		assertThat(next.getItems()).extracting(ExecutiveSummaryItem::getText)
			.containsExactly("Recorded achievement", "That the SCT Executive notes the progress");
		assertThat(next.getItems()).allSatisfy((item) -> {
			assertThat(item.isAddedByHand()).isTrue();
			assertThat(item.isIncluded()).isFalse();
		});
	}

	@Test
	void publishingNeedsTheOverallNarrative() {
		ExecutiveSummary summary = drafted(compile());

		assertThat(summary.publicationProblems()).containsExactly("overall");
		assertThatThrownBy(() -> summary.publish("admin", NOW)).isInstanceOf(ReportWorkflowException.class);
	}

	private SummarySource compile() {
		List<ImprovementProgramme> programmes = List.of(this.fixtures.programmeOne, this.exempt, this.late);
		QuarterlyReturns returns = new QuarterlyReturns(this.reports, this.exemptions, List.of());
		Map<Long, List<ReportSection>> sections = this.reports.stream()
			.collect(Collectors.toMap(HighlightReport::getId, HighlightReport::getSections));
		return SummaryCompiler.compile(programmes, returns, this.fixtures.q3, this.fixtures.q2, sections);
	}

	/** A summary drafted from the source, its rows and points given ids as if saved. */
	private ExecutiveSummary drafted(SummarySource source) {
		ExecutiveSummary summary = ReportFixtures.withId(new ExecutiveSummary(this.fixtures.q3), 500L);
		summary.draftFrom(source, NOW);
		giveIds(summary);
		return summary;
	}

	private static void giveIds(ExecutiveSummary summary) {
		long id = 1000;
		for (ExecutiveSummaryStatus row : summary.getStatusRows()) {
			ReflectionTestUtils.setField(row, "id", id++);
		}
		for (ExecutiveSummaryItem item : summary.getItems()) {
			ReflectionTestUtils.setField(item, "id", id++);
		}
	}

	private static ExecutiveSummaryItem item(ExecutiveSummary summary, String containing) {
		return summary.getItems()
			.stream()
			.filter((item) -> item.getText().contains(containing))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No point containing " + containing));
	}

	private static ExecutiveSummaryStatus row(ExecutiveSummary summary, int programmeNumber) {
		return summary.getStatusRows()
			.stream()
			.filter((row) -> row.getProgramme().getNumber() == programmeNumber)
			.findFirst()
			.orElseThrow();
	}

	private HighlightReport withProgramme(ImprovementProgramme programme, long id) {
		HighlightReport report = ReportFixtures.withId(new HighlightReport(programme, this.fixtures.q3), id);
		report.section(SectionType.ACHIEVEMENTS).write("- Only in a draft");
		return report;
	}

	private ImprovementProgramme programme(int number, long id) {
		return ReportFixtures.withId(new ImprovementProgramme(this.fixtures.plan, number, "Programme " + number,
				new DeliveryGroup("Group", null, null)), id);
	}

}
