package org.waymark.risk;

import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One risk as registers, the heat map and the attention list show it: what it is, where
 * it is scored now and where it was at the assessment before, its band, and whether any
 * mitigation is in progress. Everything derived (score, band, movement, attention) is
 * computed here from the stored ratings, never stored.
 *
 * @param programmeId null for a plan-wide or corporate risk
 * @param score null while the risk is unscored (the key-risks table scores none)
 * @param previousScore the score at the assessment before the latest, null when there is
 * none
 * @param band null while unscored
 * @param lastAssessedOn the date of the latest assessment, null when never assessed
 */
public record RiskSummary(long id, long planId, Long programmeId, Integer programmeNumber, String programmeTitle,
		String reference, String title, String owner, RiskScore score, RiskScore previousScore, RiskBand band,
		Integer targetScore, LocalDate reviewDate, RiskStatus status, LocalDate lastAssessedOn, int mitigationCount,
		boolean mitigationInProgress) {

	/** Summarises a risk whose programme, assessments and mitigations are loaded. */
	public static RiskSummary of(Risk risk, RiskBandThresholds thresholds) {
		ImprovementProgramme programme = risk.getProgramme();
		RiskScore score = risk.score().orElse(null);
		List<RiskAssessment> history = risk.getAssessments().stream().sorted(RiskAssessment.CHRONOLOGICAL).toList();
		RiskScore previous = (history.size() < 2) ? null : history.get(history.size() - 2).score();
		LocalDate lastAssessed = history.isEmpty() ? null : history.get(history.size() - 1).getAssessedOn();
		boolean inProgress = risk.getMitigations()
			.stream()
			.anyMatch((mitigation) -> mitigation.getStatus() == MitigationStatus.IN_PROGRESS);
		return new RiskSummary(risk.getId(), risk.getPlan().getId(), (programme != null) ? programme.getId() : null,
				(programme != null) ? programme.getNumber() : null, (programme != null) ? programme.getTitle() : null,
				risk.getReference(), risk.getTitle(), risk.getOwner(), score, previous,
				(score != null) ? score.band(thresholds) : null, risk.getTargetScore(), risk.getReviewDate(),
				risk.getStatus(), lastAssessed, risk.getMitigations().size(), inProgress);
	}

	public boolean isScored() {
		return this.score != null;
	}

	public boolean isOpen() {
		return this.status == RiskStatus.OPEN;
	}

	public boolean isCorporate() {
		return this.programmeId == null;
	}

	/** Whether the latest assessment moved the risk at all on the matrix. */
	public boolean hasMoved() {
		return this.score != null && this.previousScore != null && !this.score.equals(this.previousScore);
	}

	/**
	 * Why this risk needs attention on the given day: none for a closed risk, which is
	 * kept for history only.
	 */
	public Set<AttentionReason> attentionReasons(LocalDate today) {
		Set<AttentionReason> reasons = EnumSet.noneOf(AttentionReason.class);
		if (!isOpen()) {
			return reasons;
		}
		if (this.reviewDate != null && this.reviewDate.isBefore(today)) {
			reasons.add(AttentionReason.REVIEW_OVERDUE);
		}
		if (this.score != null && this.previousScore != null && this.score.value() > this.previousScore.value()) {
			reasons.add(AttentionReason.SCORE_ROSE);
		}
		if (this.band == RiskBand.HIGH && !this.mitigationInProgress) {
			reasons.add(AttentionReason.HIGH_WITHOUT_MITIGATION_IN_PROGRESS);
		}
		return reasons;
	}

}
