package org.waymark.action;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CoverageStatusTest {

	@Test
	void recommendationWithNoActionIsFlaggedAsHavingNone() {
		assertThat(CoverageStatus.of(List.of())).isEqualTo(CoverageStatus.NO_ACTION);
		assertThat(CoverageStatus.NO_ACTION.flagged()).isTrue();
	}

	@Test
	void recommendationWhoseActionsAreAllBlueIsFlaggedComplete() {
		assertThat(CoverageStatus.of(List.of(Brag.BLUE))).isEqualTo(CoverageStatus.ALL_COMPLETE);
		assertThat(CoverageStatus.of(List.of(Brag.BLUE, Brag.BLUE, Brag.BLUE))).isEqualTo(CoverageStatus.ALL_COMPLETE);
		assertThat(CoverageStatus.ALL_COMPLETE.flagged()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Brag.class, names = { "GREEN", "AMBER", "RED" })
	void oneActionNotCompleteKeepsTheRecommendationInProgress(Brag open) {
		assertThat(CoverageStatus.of(List.of(open))).isEqualTo(CoverageStatus.IN_PROGRESS);
		assertThat(CoverageStatus.of(List.of(Brag.BLUE, open, Brag.BLUE))).isEqualTo(CoverageStatus.IN_PROGRESS);
		assertThat(CoverageStatus.IN_PROGRESS.flagged()).isFalse();
	}

	@Test
	void actionNotYetRatedCountsAsInProgress() {
		assertThat(CoverageStatus.of(Arrays.asList((Brag) null))).isEqualTo(CoverageStatus.IN_PROGRESS);
		assertThat(CoverageStatus.of(Arrays.asList(Brag.BLUE, null))).isEqualTo(CoverageStatus.IN_PROGRESS);
	}

	@Test
	void eachStatusIsWordedAndColouredByTheEnum() {
		assertThat(CoverageStatus.NO_ACTION.messageKey()).isEqualTo("coverage.NO_ACTION");
		assertThat(CoverageStatus.ALL_COMPLETE.tagClass()).isEqualTo("govuk-tag--blue");
	}

	@Test
	void refusesNoList() {
		assertThatNullPointerException().isThrownBy(() -> CoverageStatus.of(null));
	}

}
