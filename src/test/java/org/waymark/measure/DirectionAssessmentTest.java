package org.waymark.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DirectionAssessmentTest {

	@ParameterizedTest
	@EnumSource(DirectionOfTravel.class)
	void computedOnlyShowsTheComputedDirection(DirectionOfTravel computed) {
		DirectionAssessment assessment = DirectionAssessment.computedOnly(computed);
		assertThat(assessment.shown()).isEqualTo(computed);
		assertThat(assessment.overridden()).isFalse();
		assertThat(assessment.override()).isNull();
		assertThat(assessment.overrideReason()).isNull();
	}

	@ParameterizedTest
	@EnumSource(DirectionOfTravel.class)
	void overrideIsShownInsteadOfComputedDirection(DirectionOfTravel override) {
		DirectionAssessment assessment = new DirectionAssessment(DirectionOfTravel.IMPROVED, override,
				"Not comparable, new assessment");
		assertThat(assessment.shown()).isEqualTo(override);
		assertThat(assessment.overridden()).isTrue();
		assertThat(assessment.computed()).isEqualTo(DirectionOfTravel.IMPROVED);
		assertThat(assessment.overrideReason()).isEqualTo("Not comparable, new assessment");
	}

	@Test
	void overrideReasonIsStrippedOfSurroundingWhitespace() {
		DirectionAssessment assessment = new DirectionAssessment(DirectionOfTravel.IMPROVED,
				DirectionOfTravel.NOT_COMPARABLE, "  Not comparable, new assessment\n");
		assertThat(assessment.overrideReason()).isEqualTo("Not comparable, new assessment");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "\t\n" })
	void overrideWithoutReasonIsRefused(String reason) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DirectionAssessment(DirectionOfTravel.DETERIORATED, DirectionOfTravel.SAME, reason))
			.withMessage("Give a reason for overriding the direction of travel");
	}

	@Test
	void reasonWithoutOverrideIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DirectionAssessment(DirectionOfTravel.SAME, null, "Not comparable, new assessment"))
			.withMessageContaining("only be given when overriding");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void blankReasonWithoutOverrideCountsAsNoReason(String reason) {
		DirectionAssessment assessment = new DirectionAssessment(DirectionOfTravel.SAME, null, reason);
		assertThat(assessment.overrideReason()).isNull();
		assertThat(assessment).isEqualTo(DirectionAssessment.computedOnly(DirectionOfTravel.SAME));
	}

	@Test
	void computedDirectionIsRequired() {
		assertThatNullPointerException().isThrownBy(() -> DirectionAssessment.computedOnly(null));
		assertThatNullPointerException()
			.isThrownBy(() -> new DirectionAssessment(null, DirectionOfTravel.SAME, "Reason"));
	}

}
