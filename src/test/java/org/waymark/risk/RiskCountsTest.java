package org.waymark.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.risk.RiskRegisterFilterTest.risk;

class RiskCountsTest {

	@Test
	void countsEachBandAndTheUnscored() {
		// The demo register: seven unscored key risks and ORG0009 at 15 (high).
		List<RiskSummary> demo = new java.util.ArrayList<>();
		for (long p = 1; p <= 7; p++) {
			demo.add(risk(p, null, null, RiskStatus.OPEN));
		}
		demo.add(risk(null, new RiskScore(3, 5), new RiskScore(4, 5), RiskStatus.OPEN));
		assertThat(RiskCounts.of(demo)).isEqualTo(new RiskCounts(8, 1, 0, 0, 7));
	}

	@Test
	void bandsFollowTheSummariesBands() {
		List<RiskSummary> risks = List.of(risk(1L, new RiskScore(2, 4), null, RiskStatus.OPEN),
				risk(1L, new RiskScore(2, 3), null, RiskStatus.OPEN),
				risk(1L, new RiskScore(3, 4), null, RiskStatus.OPEN),
				risk(1L, new RiskScore(5, 5), null, RiskStatus.CLOSED));
		assertThat(RiskCounts.of(risks)).isEqualTo(new RiskCounts(4, 1, 2, 1, 0));
	}

	@Test
	void anEmptyRegisterCountsNothing() {
		assertThat(RiskCounts.of(List.of())).isEqualTo(new RiskCounts(0, 0, 0, 0, 0));
	}

}
