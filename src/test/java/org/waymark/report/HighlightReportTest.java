package org.waymark.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;

import java.time.Instant;
import java.time.LocalDate;

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

	private void completeEverySection() {
		this.report.setStatus(Rag.GREEN, "All actions progressing in accordance with timescales.");
		for (SectionType type : SectionType.values()) {
			this.report.section(type).write("Text for " + type);
		}
	}

}
