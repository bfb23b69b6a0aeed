package org.waymark.risk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.risk.RiskHeatMapTest.score;

class RiskAttentionListTest {

	private static final RiskBandThresholds BANDS = RiskBandThresholds.defaults();

	private static final LocalDate TODAY = LocalDate.of(2019, 6, 15);

	@Test
	void noRisksNeedingAttentionIsAnEmptyListWithEveryGroupEmpty() {
		RiskAttentionList list = RiskAttentionList.of(
				List.of(risk(1, 101L, score(1, 1), null, TODAY, RiskStatus.OPEN, false)), RiskFilter.openRisks(),
				TODAY);
		assertThat(list.isEmpty()).isTrue();
		assertThat(list.riskCount()).isZero();
		assertThat(list.groups()).extracting(RiskAttentionList.Group::reason).containsExactly(AttentionReason.values());
		assertThat(list.groups()).allSatisfy((group) -> assertThat(group.items()).isEmpty());
	}

	@Test
	void risksAreGroupedByReasonCountedOnceAndOverdueReviewsComeMostOverdueFirst() {
		List<RiskSummary> risks = List.of(risk(1, 101L, score(1, 1), null, TODAY.minusDays(3), RiskStatus.OPEN, false),
				risk(2, null, score(4, 5), score(3, 5), TODAY.minusDays(40), RiskStatus.OPEN, false),
				risk(3, 102L, score(3, 4), score(2, 4), null, RiskStatus.OPEN, true),
				risk(4, 102L, score(5, 5), score(1, 1), TODAY.minusDays(99), RiskStatus.CLOSED, false));
		RiskAttentionList list = RiskAttentionList.of(risks, RiskFilter.openRisks(), TODAY);
		assertThat(list.riskCount()).isEqualTo(3);
		assertThat(list.group(AttentionReason.REVIEW_OVERDUE).items()).extracting(RiskAttentionList.Item::riskId)
			.containsExactly(2L, 1L);
		assertThat(list.group(AttentionReason.REVIEW_OVERDUE).items()).extracting(RiskAttentionList.Item::daysOverdue)
			.containsExactly(40L, 3L);
		assertThat(list.group(AttentionReason.SCORE_ROSE).items()).extracting(RiskAttentionList.Item::riskId)
			.containsExactly(2L, 3L);
		assertThat(list.group(AttentionReason.HIGH_WITHOUT_MITIGATION_IN_PROGRESS).items())
			.extracting(RiskAttentionList.Item::riskId)
			.containsExactly(2L);
		RiskAttentionList.Item rose = list.group(AttentionReason.SCORE_ROSE).items().get(0);
		assertThat(rose.previousScore()).isEqualTo(score(3, 5));
		assertThat(rose.score()).isEqualTo(score(4, 5));
		assertThat(rose.band()).isEqualTo(RiskBand.HIGH);
		assertThat(rose.programmeNumber()).isNull();
		assertThat(list.group(AttentionReason.REVIEW_OVERDUE).headingKey())
			.isEqualTo("attention.heading.REVIEW_OVERDUE");
	}

	@Test
	void theProgrammeFilterPicksOneRegisterAndClosedRisksNeverShowWhateverTheStatusAsked() {
		List<RiskSummary> risks = List.of(risk(1, 101L, score(5, 5), null, null, RiskStatus.OPEN, false),
				risk(2, null, score(5, 5), null, null, RiskStatus.OPEN, false),
				risk(3, 101L, score(5, 5), null, null, RiskStatus.CLOSED, false));
		assertThat(ids(RiskAttentionList.of(risks, RiskFilter.parse("101", "all", Set.of(101L)), TODAY)))
			.containsExactly(1L);
		assertThat(ids(RiskAttentionList.of(risks, RiskFilter.parse("corporate", null, Set.of(101L)), TODAY)))
			.containsExactly(2L);
		assertThat(ids(RiskAttentionList.of(risks, RiskFilter.openRisks(), TODAY))).containsExactly(1L, 2L);
	}

	private static List<Long> ids(RiskAttentionList list) {
		return list.group(AttentionReason.HIGH_WITHOUT_MITIGATION_IN_PROGRESS)
			.items()
			.stream()
			.map(RiskAttentionList.Item::riskId)
			.toList();
	}

	private static RiskSummary risk(long id, Long programmeId, RiskScore score, RiskScore previous, LocalDate review,
			RiskStatus status, boolean inProgress) {
		return new RiskSummary(id, 1, programmeId, (programmeId == null) ? null : (int) (programmeId - 100),
				(programmeId == null) ? null : "Programme", null, "Risk " + id, "Owner", score, previous,
				(score != null) ? score.band(BANDS) : null, null, review, status, null, inProgress ? 1 : 0, inProgress);
	}

}
