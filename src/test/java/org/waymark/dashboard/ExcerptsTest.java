package org.waymark.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptsTest {

	@Test
	void theFirstItemsOfAListAreTaken() {
		assertThat(Excerpts.firstItems("- First\n- Second\n- Third", 2, 100)).containsExactly("First", "Second");
	}

	@Test
	void paragraphsCountLikeItems() {
		assertThat(Excerpts.firstItems("Opening line.\n\n- A bullet", 2, 100)).containsExactly("Opening line.",
				"A bullet");
	}

	@Test
	void nothingWrittenGivesNoItems() {
		assertThat(Excerpts.firstItems(null, 2, 100)).isEmpty();
		assertThat(Excerpts.firstItems("  ", 2, 100)).isEmpty();
	}

	@Test
	void longTextIsCutAtAWordWithAnEllipsis() {
		assertThat(Excerpts.shorten("The group met, and agreed the strategy", 20))
			.isEqualTo("The group met, and\u2026");
		assertThat(Excerpts.shorten("The group met, and agreed", 15)).isEqualTo("The group met\u2026");
	}

	@Test
	void shortTextIsKeptWithItsSpacesTidied() {
		assertThat(Excerpts.shorten("  On   track\n", 20)).isEqualTo("On track");
		assertThat(Excerpts.shorten(null, 20)).isNull();
	}

	@Test
	void aSingleLongWordIsCutWhereItMust() {
		assertThat(Excerpts.shorten("x".repeat(30), 10)).isEqualTo("x".repeat(10) + "\u2026");
	}

}
