package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.waymark.action.Brag;
import org.waymark.report.ActionUpdateInput.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ActionUpdateInputTest {

	@Test
	void anActionMayBeLeftUnrated() {
		assertThat(new ActionUpdateInput(null, null).problems()).isEmpty();
		assertThat(new ActionUpdateInput(null, "  ").problems()).isEmpty();
	}

	@Test
	void aRatingNeedsNoCommentary() {
		assertThat(new ActionUpdateInput(Brag.GREEN, null).problems()).isEmpty();
		assertThat(new ActionUpdateInput(Brag.AMBER, "Recruitment delayed to June").problems()).isEmpty();
	}

	@Test
	void aCommentaryNeedsTheRatingItExplains() {
		assertThat(new ActionUpdateInput(null, "Recruitment delayed to June").problems())
			.containsExactly(Problem.COMMENTARY_WITHOUT_RATING);
	}

	@Test
	void anOverLongCommentaryIsRefused() {
		assertThat(new ActionUpdateInput(Brag.RED, "x".repeat(ActionUpdateInput.MAX_COMMENTARY_LENGTH + 1)).problems())
			.containsExactly(Problem.COMMENTARY_TOO_LONG);
		assertThat(new ActionUpdateInput(Brag.RED, "x".repeat(ActionUpdateInput.MAX_COMMENTARY_LENGTH)).problems())
			.isEmpty();
	}

}
