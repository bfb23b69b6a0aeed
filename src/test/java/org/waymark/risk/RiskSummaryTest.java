package org.waymark.risk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.risk.AttentionReason.HIGH_WITHOUT_MITIGATION_IN_PROGRESS;
import static org.waymark.risk.AttentionReason.REVIEW_OVERDUE;
import static org.waymark.risk.AttentionReason.SCORE_ROSE;

/**
 * The summary of a risk as the registers, heat map and attention list read it, built from
 * real {@link Risk} entities so that the derivation of the current and previous scores
 * from the assessments is tested with the attention rules.
 */
class RiskSummaryTest {

	private static final RiskBandThresholds BANDS = RiskBandThresholds.defaults();

	private static final LocalDate TODAY = LocalDate.of(2019, 6, 15);

	private Plan plan;

	private ImprovementProgramme programme;

	@BeforeEach
	void planWithAProgramme() {
		this.plan = new Plan("Children and Young People's Plan 2016-2019", "CYPP", new FinancialYear(2016),
				new FinancialYear(2018));
		ReflectionTestUtils.setField(this.plan, "id", 1L);
		this.programme = new ImprovementProgramme(this.plan, 1, "Early help", null);
		ReflectionTestUtils.setField(this.programme, "id", 11L);
	}

	// --- Deriving the summary from the risk ---

	@Test
	void anUnscoredKeyRiskHasNoScoreBandOrHistory() {
		Risk risk = risk(this.programme);
		risk.addMitigation("Leadership across the partnership", null, MitigationStatus.IN_PROGRESS);
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.isScored()).isFalse();
		assertThat(summary.score()).isNull();
		assertThat(summary.previousScore()).isNull();
		assertThat(summary.band()).isNull();
		assertThat(summary.lastAssessedOn()).isNull();
		assertThat(summary.hasMoved()).isFalse();
		assertThat(summary.programmeId()).isEqualTo(11L);
		assertThat(summary.programmeNumber()).isEqualTo(1);
		assertThat(summary.isCorporate()).isFalse();
		assertThat(summary.mitigationCount()).isEqualTo(1);
		assertThat(summary.mitigationInProgress()).isTrue();
	}

	@Test
	void orgNineIsFifteenNowAndWasTwenty() {
		Risk risk = risk(null);
		risk.setReference("ORG0009");
		risk.assess(LocalDate.of(2017, 6, 7), "Cabinet", new RiskScore(4, 5), null);
		risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(3, 5), null);
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.score()).isEqualTo(new RiskScore(3, 5));
		assertThat(summary.previousScore()).isEqualTo(new RiskScore(4, 5));
		assertThat(summary.band()).isEqualTo(RiskBand.HIGH);
		assertThat(summary.lastAssessedOn()).isEqualTo(LocalDate.of(2019, 5, 31));
		assertThat(summary.hasMoved()).isTrue();
		assertThat(summary.isCorporate()).isTrue();
		assertThat(summary.programmeNumber()).isNull();
		assertThat(summary.reference()).isEqualTo("ORG0009");
	}

	@Test
	void aBackDatedAssessmentAddsHistoryWithoutChangingTheCurrentScore() {
		Risk risk = risk(this.programme);
		risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(3, 5), null);
		risk.assess(LocalDate.of(2017, 6, 7), null, new RiskScore(4, 5), null);
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.score()).isEqualTo(new RiskScore(3, 5));
		assertThat(summary.previousScore()).as("the back-dated one comes before the latest")
			.isEqualTo(new RiskScore(4, 5));
		assertThat(summary.lastAssessedOn()).isEqualTo(LocalDate.of(2019, 5, 31));
		assertThat(risk.latestAssessment()).get()
			.extracting(RiskAssessment::getAssessedOn)
			.isEqualTo(LocalDate.of(2019, 5, 31));
	}

	@Test
	void ofTwoAssessmentsOnOneDayTheOneRecordedLaterIsCurrent() {
		Risk risk = risk(this.programme);
		risk.assess(LocalDate.of(2019, 1, 10), null, new RiskScore(2, 2), null);
		risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(3, 5), "morning");
		risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(4, 5), "afternoon");
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.score()).isEqualTo(new RiskScore(4, 5));
		assertThat(summary.previousScore()).isEqualTo(new RiskScore(3, 5));
		assertThat(summary.lastAssessedOn()).isEqualTo(LocalDate.of(2019, 5, 31));
		assertThat(risk.latestAssessment()).get().extracting(RiskAssessment::getNote).isEqualTo("afternoon");
	}

	@Test
	void ofAssessmentsOnOneDayTheLaterSavedIsCurrentOnceSaved() {
		Risk risk = risk(this.programme);
		RiskAssessment first = risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(3, 5), "first");
		RiskAssessment second = risk.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(2, 5), "second");
		// Saved, they are ordered by id; the list may come back from the database in
		// either order.
		ReflectionTestUtils.setField(first, "id", 50L);
		ReflectionTestUtils.setField(second, "id", 51L);
		risk.getAssessments().sort((a, b) -> Long.compare(b.getId(), a.getId()));
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.previousScore()).isEqualTo(new RiskScore(3, 5));
		assertThat(risk.latestAssessment()).get().extracting(RiskAssessment::getNote).isEqualTo("second");
	}

	@Test
	void mitigationsInProgressAreThoseWithThatStatus() {
		Risk risk = risk(this.programme);
		risk.addMitigation("Planned", null, MitigationStatus.PLANNED);
		risk.addMitigation("Done", null, MitigationStatus.COMPLETE);
		assertThat(RiskSummary.of(risk, BANDS).mitigationInProgress()).isFalse();
		assertThat(RiskSummary.of(risk, BANDS).mitigationCount()).isEqualTo(2);
		risk.addMitigation("Doing", null, MitigationStatus.IN_PROGRESS);
		assertThat(RiskSummary.of(risk, BANDS).mitigationInProgress()).isTrue();
	}

	// --- Review overdue ---

	@Test
	void aReviewDueYesterdayIsOverdue() {
		Risk risk = scored(2, 2);
		risk.setReviewDate(TODAY.minusDays(1));
		assertThat(reasons(risk)).containsExactly(REVIEW_OVERDUE);
	}

	@Test
	void aReviewDueTodayIsNotYetOverdue() {
		Risk risk = scored(2, 2);
		risk.setReviewDate(TODAY);
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void aReviewDueTomorrowIsNotOverdue() {
		Risk risk = scored(2, 2);
		risk.setReviewDate(TODAY.plusDays(1));
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void aRiskWithNoReviewDateIsNeverOverdue() {
		Risk risk = scored(2, 2);
		assertThat(risk.getReviewDate()).isNull();
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void anUnscoredRiskWithAPastReviewDateIsOverdue() {
		Risk risk = risk(this.programme);
		risk.setReviewDate(TODAY.minusDays(30));
		assertThat(reasons(risk)).containsExactly(REVIEW_OVERDUE);
	}

	// --- Score rose ---

	@Test
	void aScoreThatRoseFromTwelveToFifteenIsListed() {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusMonths(6), null, new RiskScore(3, 4), null);
		risk.assess(TODAY.minusDays(1), null, new RiskScore(3, 5), null);
		risk.addMitigation("Doing", null, MitigationStatus.IN_PROGRESS);
		assertThat(reasons(risk)).containsExactly(SCORE_ROSE);
	}

	@Test
	void aScoreThatFellIsNotListed() {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusMonths(6), null, new RiskScore(3, 5), null);
		risk.assess(TODAY.minusDays(1), null, new RiskScore(3, 4), null);
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void theSameScoreInAnotherPositionDidNotRise() {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusMonths(6), null, new RiskScore(3, 4), null);
		risk.assess(TODAY.minusDays(1), null, new RiskScore(4, 3), null);
		RiskSummary summary = RiskSummary.of(risk, BANDS);
		assertThat(summary.hasMoved()).as("moved on the grid").isTrue();
		assertThat(summary.attentionReasons(TODAY)).isEmpty();
	}

	@Test
	void aRiskAssessedOnceHasNotRisen() {
		Risk risk = scored(3, 4);
		assertThat(RiskSummary.of(risk, BANDS).previousScore()).isNull();
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void aBackDatedHigherAssessmentIsNotARise() {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusDays(1), null, new RiskScore(2, 2), null);
		risk.assess(TODAY.minusYears(1), null, new RiskScore(1, 1), null);
		assertThat(reasons(risk)).as("the current 4 came after the back-dated 1: a rise").containsExactly(SCORE_ROSE);
		risk.assess(TODAY.minusYears(2), null, new RiskScore(5, 5), null);
		assertThat(reasons(risk)).as("history before the previous assessment does not count")
			.containsExactly(SCORE_ROSE);
	}

	// --- High without a mitigation in progress ---

	@Test
	void aHighRiskWithNoMitigationsIsListed() {
		assertThat(reasons(scored(3, 5))).containsExactly(HIGH_WITHOUT_MITIGATION_IN_PROGRESS);
	}

	@Test
	void aHighRiskWithOnlyPlannedOrCompleteMitigationsIsListed() {
		Risk risk = scored(5, 5);
		risk.addMitigation("Planned", null, MitigationStatus.PLANNED);
		risk.addMitigation("Complete", null, MitigationStatus.COMPLETE);
		assertThat(reasons(risk)).containsExactly(HIGH_WITHOUT_MITIGATION_IN_PROGRESS);
	}

	@Test
	void aHighRiskWithOneMitigationInProgressIsNotListed() {
		Risk risk = scored(3, 5);
		risk.addMitigation("Planned", null, MitigationStatus.PLANNED);
		risk.addMitigation("Doing", null, MitigationStatus.IN_PROGRESS);
		assertThat(reasons(risk)).isEmpty();
	}

	@Test
	void aMediumRiskWithoutMitigationsIsNotListed() {
		assertThat(reasons(scored(3, 4))).as("12, the top of medium").isEmpty();
		assertThat(reasons(scored(2, 4))).as("8, the bottom of medium").isEmpty();
	}

	@Test
	void highIsTheConfiguredBand() {
		Risk risk = scored(3, 4);
		assertThat(RiskSummary.of(risk, new RiskBandThresholds(5, 12)).attentionReasons(TODAY))
			.containsExactly(HIGH_WITHOUT_MITIGATION_IN_PROGRESS);
	}

	// --- Closed risks and several reasons ---

	@ParameterizedTest
	@EnumSource(RiskStatus.class)
	void aRiskWithEveryReasonHasThemAllWhileOpenAndNoneOnceClosed(RiskStatus status) {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusMonths(6), null, new RiskScore(3, 4), null);
		risk.assess(TODAY.minusMonths(3), null, new RiskScore(4, 5), null);
		risk.addMitigation("Complete", null, MitigationStatus.COMPLETE);
		risk.setReviewDate(TODAY.minusDays(10));
		risk.setStatus(status);
		assertThat(reasons(risk)).isEqualTo((status == RiskStatus.OPEN)
				? EnumSet.of(REVIEW_OVERDUE, SCORE_ROSE, HIGH_WITHOUT_MITIGATION_IN_PROGRESS)
				: EnumSet.noneOf(AttentionReason.class));
	}

	@Test
	void twoReasonsAtOnce() {
		Risk risk = scored(4, 4);
		risk.setReviewDate(TODAY.minusDays(1));
		assertThat(reasons(risk)).containsExactly(REVIEW_OVERDUE, HIGH_WITHOUT_MITIGATION_IN_PROGRESS);
	}

	private java.util.Set<AttentionReason> reasons(Risk risk) {
		return RiskSummary.of(risk, BANDS).attentionReasons(TODAY);
	}

	private Risk scored(int likelihood, int impact) {
		Risk risk = risk(this.programme);
		risk.assess(TODAY.minusMonths(1), "Lead", new RiskScore(likelihood, impact), null);
		return risk;
	}

	private Risk risk(ImprovementProgramme programme) {
		Risk risk = new Risk(this.plan, programme, "A risk", 0);
		ReflectionTestUtils.setField(risk, "id", 7L);
		return risk;
	}

}
