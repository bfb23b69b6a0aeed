package org.waymark.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.Polarity;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.SubmissionProblem.Part;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HighlightReportTest {

	private static final Instant NOW = Instant.parse("2018-01-12T10:00:00Z");

	private HighlightReport report;

	@BeforeEach
	void newDraft() {
		Plan plan = new Plan("Children & Young People's Plan 2016–2019", "CYPP", new FinancialYear(2016),
				new FinancialYear(2018));
		ImprovementProgramme programme = new ImprovementProgramme(plan, 7, "Embedding a Think Family approach",
				new DeliveryGroup("Workforce Board", "Chris Squire", "Director of HR"));
		ReportingPeriod period = new ReportingPeriod(plan, ReportingQuarter.parse("2017/18 Q3"),
				LocalDate.of(2018, 1, 12));
		this.report = new HighlightReport(programme, period);
	}

	@Test
	void newReportIsADraftWithEverySectionNotStarted() {
		assertThat(this.report.getState()).isEqualTo(ReportState.DRAFT);
		assertThat(this.report.getSections()).hasSize(SectionType.values().length);
		assertThat(this.report.incompleteSections()).containsExactlyInAnyOrder(SectionType.values());
	}

	@Test
	void submitRefusesReportWithBlankSection() {
		completeEverySection();
		this.report.section(SectionType.VARIANCES).write("   ");

		assertThatThrownBy(() -> this.report.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class)
			.hasMessageContaining("VARIANCES");
		assertThat(this.report.getState()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void submitRefusesReportWithoutStatusReason() {
		completeEverySection();
		this.report.setStatus(Rag.AMBER, " ");

		assertThatThrownBy(() -> this.report.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class)
			.hasMessageContaining("reason");
	}

	@Test
	void submitAcceptsNilReturnsAsComplete() {
		completeEverySection();
		this.report.section(SectionType.RISKS).markNilReturn();

		this.report.submit("lead@example.org", NOW);

		assertThat(this.report.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThat(this.report.getSubmittedBy()).isEqualTo("lead@example.org");
		assertThat(this.report.getSubmittedAt()).isEqualTo(NOW);
	}

	@Test
	void writingTextClearsNilReturnAndMarkingNilClearsText() {
		ReportSection section = this.report.section(SectionType.ISSUES);
		section.markNilReturn();
		section.write("Slow progress.");
		assertThat(section.isNilReturn()).isFalse();
		assertThat(section.getBody()).isEqualTo("Slow progress.");

		section.markNilReturn();
		assertThat(section.getBody()).isNull();
		assertThat(section.isComplete()).isTrue();
	}

	@Test
	void returnedReportGoesBackToTheLeadWithTheComment() {
		completeEverySection();
		this.report.submit("lead", NOW);

		this.report.returnForChanges("Add the Q3 caseload figure");

		assertThat(this.report.getState()).isEqualTo(ReportState.RETURNED);
		assertThat(this.report.getState().editableByLead()).isTrue();
		assertThat(this.report.getReturnComment()).isEqualTo("Add the Q3 caseload figure");
	}

	@Test
	void returnRequiresAComment() {
		completeEverySection();
		this.report.submit("lead", NOW);

		assertThatThrownBy(() -> this.report.returnForChanges("")).isInstanceOf(ReportWorkflowException.class);
		assertThat(this.report.getState()).isEqualTo(ReportState.SUBMITTED);
	}

	@Test
	void onlyASubmittedReportCanBePublishedOrReturned() {
		assertThatThrownBy(() -> this.report.publish("admin", NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(() -> this.report.returnForChanges("why")).isInstanceOf(ReportWorkflowException.class);
	}

	@Test
	void publishedReportIsLocked() {
		completeEverySection();
		this.report.submit("lead", NOW);
		this.report.publish("admin", NOW);

		assertThat(this.report.isPublished()).isTrue();
		assertThatThrownBy(() -> this.report.setStatus(Rag.RED, "changed")).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(() -> this.report.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThat(this.report.getOverallStatus()).isEqualTo(Rag.GREEN);
	}

	@Test
	void submittedReportCannotBeEditedUntilReturned() {
		completeEverySection();
		this.report.submit("lead", NOW);

		assertThatThrownBy(() -> this.report.setStatus(Rag.RED, "changed")).isInstanceOf(ReportWorkflowException.class);
	}

	@Test
	void reportForAPeriodOfAnotherPlanIsRefused() {
		Plan other = new Plan("Children & Young People's Plan 2019–2022", "CYPP 2019-22", new FinancialYear(2019),
				new FinancialYear(2021));
		ReportingPeriod otherPeriod = new ReportingPeriod(other, ReportingQuarter.parse("2019/20 Q1"), null);

		assertThatThrownBy(() -> new HighlightReport(this.report.getProgramme(), otherPeriod))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void returnedReportCanBeSubmittedAgainOnceCompleteAndLosesItsReturnComment() {
		completeEverySection();
		this.report.submit("lead", NOW);
		this.report.returnForChanges("Add the Q3 caseload figure");
		this.report.section(SectionType.ISSUES).write(null);

		assertThatThrownBy(() -> this.report.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class)
			.hasMessageContaining("ISSUES");
		assertThat(this.report.getState()).isEqualTo(ReportState.RETURNED);

		this.report.section(SectionType.ISSUES).write("Caseload 14.7 at the end of the quarter.");
		this.report.submit("lead", NOW.plusSeconds(60));

		assertThat(this.report.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThat(this.report.getSubmittedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.report.getReturnComment()).isNull();
	}

	@Test
	void submittedOrPublishedReportCannotBeSubmittedAgain() {
		ReportFixtures fixtures = new ReportFixtures();
		HighlightReport submitted = fixtures.submitted(1);
		HighlightReport published = fixtures.published(2);

		assertThatThrownBy(() -> submitted.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(() -> published.submit("lead", NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThat(submitted.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThat(published.getState()).isEqualTo(ReportState.PUBLISHED);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
	void onlyASubmittedReportCanBeReturned(ReportState state) {
		HighlightReport inState = inState(state);

		assertThatThrownBy(() -> inState.returnForChanges("Please add the figures"))
			.isInstanceOf(ReportWorkflowException.class);
		assertThat(inState.getState()).isEqualTo(state);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n\t" })
	void returningNeedsAComment(String comment) {
		HighlightReport submitted = new ReportFixtures().submitted(1);

		assertThatThrownBy(() -> submitted.returnForChanges(comment)).isInstanceOf(ReportWorkflowException.class);
		assertThat(submitted.getState()).isEqualTo(ReportState.SUBMITTED);
		assertThat(submitted.getReturnComment()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
	void onlyASubmittedReportCanBePublished(ReportState state) {
		HighlightReport inState = inState(state);
		Instant publishedBefore = inState.getPublishedAt();

		assertThatThrownBy(() -> inState.publish("admin", NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThat(inState.getState()).isEqualTo(state);
		assertThat(inState.getPublishedAt()).isEqualTo(publishedBefore);
	}

	@Test
	void publishingASubmittedReportRecordsWhoAndWhen() {
		HighlightReport submitted = new ReportFixtures().submitted(1);

		submitted.publish("admin@example.org", NOW);

		assertThat(submitted.getState()).isEqualTo(ReportState.PUBLISHED);
		assertThat(submitted.getPublishedBy()).isEqualTo("admin@example.org");
		assertThat(submitted.getPublishedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = { "SUBMITTED", "PUBLISHED" })
	void statusCannotBeChangedOnceWithTheBusinessManager(ReportState state) {
		HighlightReport inState = inState(state);

		assertThatThrownBy(() -> inState.setStatus(Rag.RED, "changed")).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(inState::requireEditable).isInstanceOf(ReportWorkflowException.class);
		assertThat(inState.getOverallStatus()).isEqualTo(Rag.GREEN);
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = { "DRAFT", "RETURNED" })
	void statusCanBeChangedWhileTheLeadHasTheReport(ReportState state) {
		HighlightReport inState = inState(state);

		inState.setStatus(Rag.RED, "The Local Offer platform is six months late.");

		assertThat(inState.getOverallStatus()).isEqualTo(Rag.RED);
		assertThat(inState.getStatusReason()).isEqualTo("The Local Offer platform is six months late.");
	}

	@Test
	void submissionProblemsListStatusReasonEachSectionAndEachUnansweredRowInFormOrder() {
		ReportFixtures fixtures = new ReportFixtures();
		HighlightReport empty = ReportFixtures.withId(new HighlightReport(fixtures.programmeOne, fixtures.q3), 9L);
		ReportMeasureRow answered = fixtures.visitsRow(empty);
		ReportMeasureRow unanswered = unansweredRow(fixtures, empty, "Number of Early Help Assessments", 80L);
		ReportMeasureRow awaiting = fixtures.parentsRow(empty);
		ReportMeasureRow blankText = unansweredRow(fixtures, empty, "Take-up of free childcare", 81L);
		blankText.recordCurrent("Q3", null, "  ", DataStatus.REPORTED);

		List<SubmissionProblem> problems = empty.submissionProblems();

		List<SubmissionProblem> expected = new ArrayList<>();
		expected.add(new SubmissionProblem(Part.STATUS, null, null, null));
		expected.add(new SubmissionProblem(Part.STATUS_REASON, null, null, null));
		for (SectionType type : SectionType.values()) {
			expected.add(new SubmissionProblem(Part.SECTION, type, null, null));
		}
		expected.add(new SubmissionProblem(Part.MEASURE_ROW, null, 80L, "Number of Early Help Assessments"));
		expected.add(new SubmissionProblem(Part.MEASURE_ROW, null, 81L, "Take-up of free childcare"));
		assertThat(problems).containsExactlyElementsOf(expected);
		assertThat(answered.isAnswered()).isTrue();
		assertThat(awaiting.isAnswered()).isTrue();
		assertThat(unanswered.isAnswered()).isFalse();
	}

	@Test
	void submissionProblemsNameOnlyWhatIsMissing() {
		ReportFixtures fixtures = new ReportFixtures();
		HighlightReport draft = fixtures.draft(1);
		fixtures.visitsRow(draft);
		assertThat(draft.submissionProblems()).isEmpty();

		draft.setStatus(Rag.AMBER, null);
		draft.section(SectionType.RISKS).write("");

		assertThat(draft.submissionProblems()).containsExactly(
				new SubmissionProblem(Part.STATUS_REASON, null, null, null),
				new SubmissionProblem(Part.SECTION, SectionType.RISKS, null, null));

		draft.setStatus(null, "Reason without a status");
		assertThat(draft.submissionProblems()).first().isEqualTo(new SubmissionProblem(Part.STATUS, null, null, null));
	}

	@ParameterizedTest
	@EnumSource(value = ReportState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAPublishedReportCanBeCorrected(ReportState state) {
		HighlightReport inState = inState(state);

		assertThatThrownBy(() -> inState.startCorrection("A typo in the status reason"))
			.isInstanceOf(ReportWorkflowException.class);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = " \t")
	void correctionNeedsAReason(String reason) {
		HighlightReport published = new ReportFixtures().published(1);

		assertThatThrownBy(() -> published.startCorrection(reason)).isInstanceOf(ReportWorkflowException.class);
	}

	@Test
	void correctionIsTheNextRevisionHoldingEverythingThePublishedReportSaid() {
		ReportFixtures fixtures = new ReportFixtures();
		HighlightReport published = fixtures.draft(1);
		fixtures.visitsRow(published);
		fixtures.infantMortalityRow(published);
		CaseStudy kooth = published.addCaseStudy("Kooth Online Counselling",
				"Young people used the service 1,200 times.");
		// Attaching is the case-study page's business; the field is set as a saved file
		// would have set it.
		ReflectionTestUtils.setField(kooth, "attachment",
				new Attachment("kooth.pdf", "application/pdf", new byte[] { 1, 2, 3 }));
		published.submit("lead@example.org", NOW);
		published.publish("admin@example.org", NOW);

		HighlightReport correction = published.startCorrection("  The visits figure was for the wrong period \n");

		assertThat(correction.getRevision()).isEqualTo(2);
		assertThat(correction.isCorrection()).isTrue();
		assertThat(published.isCorrection()).isFalse();
		assertThat(correction.getState()).isEqualTo(ReportState.DRAFT);
		assertThat(correction.getCorrectionReason()).isEqualTo("The visits figure was for the wrong period");
		assertThat(correction.getProgramme()).isSameAs(published.getProgramme());
		assertThat(correction.getReportingPeriod()).isSameAs(published.getReportingPeriod());
		assertThat(correction.getOverallStatus()).isEqualTo(Rag.GREEN);
		assertThat(correction.getStatusReason()).isEqualTo(published.getStatusReason());
		assertThat(correction.getStatusAsWritten()).isEqualTo(published.getStatusAsWritten());
		assertThat(correction.getReportDate()).isEqualTo(published.getReportDate());
		for (SectionType type : SectionType.values()) {
			assertThat(correction.section(type).getBody()).as(type.name()).isEqualTo(published.section(type).getBody());
			assertThat(correction.section(type).isNilReturn()).as(type.name())
				.isEqualTo(published.section(type).isNilReturn());
			assertThat(correction.section(type)).isNotSameAs(published.section(type));
		}
		assertThat(correction.getMeasureRows()).hasSize(2)
			.allSatisfy((row) -> assertThat(row.getReport()).isSameAs(correction));
		ReportMeasureRow mortality = correction.getMeasureRows().get(1);
		assertThat(mortality.getMeasure().getName()).isEqualTo("Infant mortality");
		assertThat(mortality.getCurrentValue().getNumericValue()).isEqualByComparingTo("4.0");
		assertThat(mortality.getPreviousValue().getNumericValue()).isEqualByComparingTo("4.2");
		assertThat(mortality.getDirectionOverride()).isEqualTo(DirectionOfTravel.NOT_COMPARABLE);
		assertThat(mortality.getOverrideReason()).isEqualTo("Not comparable, new assessment");
		assertThat(correction.getCaseStudies()).singleElement().satisfies((study) -> {
			assertThat(study.getReport()).isSameAs(correction);
			assertThat(study.getTitle()).isEqualTo("Kooth Online Counselling");
			assertThat(study.getAttachment()).isNotSameAs(published.getCaseStudies().get(0).getAttachment());
			assertThat(study.getAttachment().getFileName()).isEqualTo("kooth.pdf");
		});
		assertThat(correction.getReturnComment()).isNull();
		assertThat(correction.getPublishedAt()).isNull();
		assertThat(published.getState()).isEqualTo(ReportState.PUBLISHED);
	}

	@Test
	void editingACorrectionLeavesThePublishedRevisionAsItWasPublished() {
		ReportFixtures fixtures = new ReportFixtures();
		HighlightReport published = fixtures.draft(1);
		fixtures.visitsRow(published);
		published.submit("lead@example.org", NOW);
		published.publish("admin@example.org", NOW);
		HighlightReport correction = published.startCorrection("Wrong visits figure");

		correction.setStatus(Rag.AMBER, "Corrected reason");
		correction.section(SectionType.ISSUES).markNilReturn();
		correction.getMeasureRows()
			.get(0)
			.recordCurrent("R12 months ending December 17", new BigDecimal("41760"), "41,760", DataStatus.REPORTED);

		assertThat(published.getOverallStatus()).isEqualTo(Rag.GREEN);
		assertThat(published.section(SectionType.ISSUES).getBody())
			.isEqualTo("The Charter Mark work is delayed by a vacancy.");
		assertThat(published.getMeasureRows().get(0).getCurrentValue().getNumericValue()).isEqualByComparingTo("42760");
		assertThat(published.getMeasureRows().get(0).getCurrentValue().getReportedText()).isEqualTo("42,760");
		assertThat(correction.getMeasureRows().get(0).getCurrentValue().getNumericValue())
			.isEqualByComparingTo("41760");
	}

	@Test
	void correctionIsPublishedByTheAdminNotSubmitted() {
		HighlightReport correction = new ReportFixtures().published(1).startCorrection("Wrong visits figure");

		assertThatThrownBy(() -> correction.submit("lead@example.org", NOW))
			.isInstanceOf(ReportWorkflowException.class);
		assertThat(correction.getState()).isEqualTo(ReportState.DRAFT);

		correction.publish("admin@example.org", NOW.plusSeconds(3600));

		assertThat(correction.getState()).isEqualTo(ReportState.PUBLISHED);
		assertThat(correction.getPublishedBy()).isEqualTo("admin@example.org");
		assertThat(correction.getPublishedAt()).isEqualTo(NOW.plusSeconds(3600));
	}

	@Test
	void incompleteCorrectionCannotBePublished() {
		HighlightReport correction = new ReportFixtures().published(1).startCorrection("Wrong visits figure");
		correction.section(SectionType.RISKS).write(" ");

		assertThatThrownBy(() -> correction.publish("admin@example.org", NOW))
			.isInstanceOf(ReportWorkflowException.class);
		assertThat(correction.getState()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void publishedCorrectionCanItselfBeCorrectedAsTheNextRevision() {
		HighlightReport second = new ReportFixtures().published(1).startCorrection("Wrong visits figure");
		second.publish("admin@example.org", NOW);

		HighlightReport third = second.startCorrection("Wrong reason");

		assertThat(third.getRevision()).isEqualTo(3);
		assertThat(third.getCorrectionReason()).isEqualTo("Wrong reason");
	}

	/** A complete report of programme 1 in the given state, as the workflow leaves it. */
	private static HighlightReport inState(ReportState state) {
		ReportFixtures fixtures = new ReportFixtures();
		return switch (state) {
			case DRAFT -> fixtures.draft(1);
			case SUBMITTED -> fixtures.submitted(1);
			case RETURNED -> {
				HighlightReport report = fixtures.submitted(1);
				report.returnForChanges("Please add the caseload figure");
				yield report;
			}
			case PUBLISHED -> fixtures.published(1);
		};
	}

	private static ReportMeasureRow unansweredRow(ReportFixtures fixtures, HighlightReport report, String name,
			long id) {
		Measure measure = ReportFixtures.withId(
				new Measure(fixtures.programmeOne, name, MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, 9), id + 100);
		return ReportFixtures.withId(report.addMeasureRow(measure, null, null), id);
	}

	private void completeEverySection() {
		this.report.setStatus(Rag.GREEN, "All actions progressing in accordance with timescales.");
		for (SectionType type : SectionType.values()) {
			this.report.section(type).write("Text for " + type);
		}
	}

	@Test
	void aValueRecordedInAReportIsProvisionalAndDatedByItsQuarterUntilTheReportIsPublished() {
		Measure measure = new Measure(this.report.getProgramme(), "Number of volunteers recruited", MeasureUnit.COUNT,
				Polarity.HIGHER_IS_BETTER, 0);
		ReportMeasureRow row = this.report.addMeasureRow(measure, null, null);
		MeasureValue value = row.recordCurrent("December 2017", new BigDecimal("42"), "42", DataStatus.REPORTED);

		assertThat(value.isProvisional()).as("only in a draft: not yet the measure's latest value").isTrue();
		assertThat(value.getPeriodEnd()).isEqualTo(LocalDate.of(2017, 12, 31));

		this.report.setStatus(Rag.GREEN, "On track");
		completeEverySection();
		this.report.submit("lead", NOW);
		assertThat(value.isProvisional()).as("submitted, not yet published").isTrue();
		this.report.publish("admin", NOW);
		assertThat(value.isProvisional()).isFalse();
	}

}
