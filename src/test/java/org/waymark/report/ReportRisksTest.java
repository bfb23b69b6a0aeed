package org.waymark.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskQueries.RiskChoice;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A highlight report naming risks from its programme's register in the risks section. */
class ReportRisksTest {

	private static final Instant NOW = Instant.parse("2018-01-12T10:00:00Z");

	private static final RiskChoice WORKFORCE = new RiskChoice(11, "P7-1", "Workforce capacity", new RiskScore(4, 5),
			RiskBand.HIGH, RiskStatus.OPEN);

	private static final RiskChoice FUNDING = new RiskChoice(12, null, "Funding ends", null, null, RiskStatus.OPEN);

	private HighlightReport report;

	@BeforeEach
	void newDraft() {
		Plan plan = new Plan("Children & Young People's Plan 2016–2019", "CYPP", new FinancialYear(2016),
				new FinancialYear(2018));
		ImprovementProgramme programme = new ImprovementProgramme(plan, 7, "Embedding a Think Family approach",
				new DeliveryGroup("Workforce Board", "Chris Squire", "Director of HR"));
		this.report = new HighlightReport(programme,
				new ReportingPeriod(plan, ReportingQuarter.parse("2017/18 Q3"), LocalDate.of(2018, 1, 12)));
	}

	@Test
	void namingRisksKeepsTheirOrderAndWhatTheRegisterSaysNow() {
		this.report.nameRisks(List.of(WORKFORCE, FUNDING));

		assertThat(this.report.getRisks()).extracting(ReportRisk::getRiskId).containsExactly(11L, 12L);
		ReportRisk workforce = this.report.getRisks().get(0);
		assertThat(workforce.getReference()).isEqualTo("P7-1");
		assertThat(workforce.getTitle()).isEqualTo("Workforce capacity");
		assertThat(workforce.score()).contains(new RiskScore(4, 5));
		assertThat(this.report.getRisks().get(1).score()).isEmpty();
	}

	@Test
	void namingAgainKeepsTheRowOfARiskStillNamedAndDropsTheRest() {
		this.report.nameRisks(List.of(WORKFORCE, FUNDING));
		ReportRisk kept = this.report.getRisks().get(0);

		RiskChoice rescored = new RiskChoice(11, "P7-1", "Workforce capacity and skills", new RiskScore(3, 5),
				RiskBand.HIGH, RiskStatus.OPEN);
		this.report.nameRisks(List.of(rescored));

		assertThat(this.report.getRisks()).containsExactly(kept);
		assertThat(kept.getTitle()).isEqualTo("Workforce capacity and skills");
		assertThat(kept.score()).contains(new RiskScore(3, 5));
	}

	@Test
	void aRisksSectionNamingOnlyRisksIsComplete() {
		assertThat(this.report.isSectionComplete(SectionType.RISKS)).isFalse();

		this.report.nameRisks(List.of(FUNDING));

		assertThat(this.report.isSectionComplete(SectionType.RISKS)).isTrue();
		assertThat(this.report.incompleteSections()).doesNotContain(SectionType.RISKS);
		assertThat(this.report.submissionProblems()).noneMatch((p) -> p.toString().contains("RISKS"));
	}

	@Test
	void aNilReturnNamesNoRisks() {
		this.report.section(SectionType.RISKS).write("Text");
		this.report.nameRisks(List.of(WORKFORCE));

		this.report.markNilReturn(SectionType.RISKS);

		assertThat(this.report.getRisks()).isEmpty();
		assertThat(this.report.section(SectionType.RISKS).isNilReturn()).isTrue();
		assertThat(this.report.isSectionComplete(SectionType.RISKS)).isTrue();
	}

	@Test
	void aCorrectionNamesTheSameRisksAsThePublishedReportSaidThem() {
		this.report.nameRisks(List.of(WORKFORCE, FUNDING));
		completeAndPublish();

		HighlightReport correction = this.report.startCorrection("Wrong risk title");

		assertThat(correction.getRisks()).extracting(ReportRisk::getRiskId).containsExactly(11L, 12L);
		assertThat(correction.getRisks()).allMatch((risk) -> risk.getReport() == correction);
		assertThat(correction.getRisks().get(0).score()).contains(new RiskScore(4, 5));
		assertThat(correction.getRisks()).doesNotContainAnyElementsOf(this.report.getRisks());
	}

	@Test
	void aPublishedReportCannotNameOtherRisks() {
		completeAndPublish();

		assertThatThrownBy(() -> this.report.nameRisks(List.of(WORKFORCE))).isInstanceOf(ReportWorkflowException.class);
		assertThat(this.report.getRisks()).isEmpty();
	}

	private void completeAndPublish() {
		this.report.setStatus(Rag.GREEN, "On track");
		for (SectionType type : SectionType.values()) {
			if (!this.report.isSectionComplete(type)) {
				this.report.section(type).markNilReturn();
			}
		}
		this.report.submit("lead", NOW);
		this.report.publish("admin", NOW);
	}

}
