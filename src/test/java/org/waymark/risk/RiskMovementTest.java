package org.waymark.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskMovementTest {

	@Test
	void anUnscoredRiskHasNoMovement() {
		assertThat(RiskMovement.of(null, null)).isNull();
	}

	@Test
	void aRiskAssessedOnceIsAtItsFirstAssessment() {
		assertThat(RiskMovement.of(new RiskScore(3, 5), null)).isEqualTo(RiskMovement.FIRST_ASSESSMENT);
		assertThat(RiskMovement.FIRST_ASSESSMENT.arrow()).isEmpty();
	}

	@Test
	void org0009WentDownFromTwentyToFifteen() {
		assertThat(RiskMovement.of(new RiskScore(3, 5), new RiskScore(4, 5))).isEqualTo(RiskMovement.DOWN);
		assertThat(RiskMovement.DOWN.messageKey()).isEqualTo("risk.movement.DOWN");
		assertThat(RiskMovement.DOWN.arrow()).isEqualTo("\u2193");
	}

	@Test
	void aHigherScoreIsUp() {
		assertThat(RiskMovement.of(new RiskScore(4, 5), new RiskScore(3, 5))).isEqualTo(RiskMovement.UP);
		assertThat(RiskMovement.UP.arrow()).isEqualTo("\u2191");
	}

	@Test
	void theSameScoreFromOtherRatingsIsUnchanged() {
		// 3 × 4 and 4 × 3 are both 12: the register compares scores.
		assertThat(RiskMovement.of(new RiskScore(3, 4), new RiskScore(4, 3))).isEqualTo(RiskMovement.UNCHANGED);
		assertThat(RiskMovement.of(new RiskScore(3, 4), new RiskScore(3, 4))).isEqualTo(RiskMovement.UNCHANGED);
	}

}
