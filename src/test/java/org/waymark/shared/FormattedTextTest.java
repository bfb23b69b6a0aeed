package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.waymark.shared.FormattedText.Block;

import static org.assertj.core.api.Assertions.assertThat;

class FormattedTextTest {

	@Test
	void blankLinesSeparateParagraphs() {
		assertThat(FormattedText.of("First paragraph.\n\nSecond paragraph.").blocks()).containsExactly(
				new Block(false, java.util.List.of("First paragraph.")),
				new Block(false, java.util.List.of("Second paragraph.")));
	}

	@Test
	void singleLineBreaksStayInsideTheParagraph() {
		assertThat(FormattedText.of("Line one\r\nline two").blocks())
			.containsExactly(new Block(false, java.util.List.of("Line one", "line two")));
	}

	@Test
	void consecutiveDashLinesAreOneList() {
		assertThat(FormattedText.of("Intro:\n- first\n- second\nAfterwards.").blocks()).containsExactly(
				new Block(false, java.util.List.of("Intro:")), new Block(true, java.util.List.of("first", "second")),
				new Block(false, java.util.List.of("Afterwards.")));
	}

	@Test
	void printedBulletsCountAsDashes() {
		assertThat(FormattedText.of("\u2022 Slow progress.\n\u2022 Engagement from partners.").blocks())
			.containsExactly(new Block(true, java.util.List.of("Slow progress.", "Engagement from partners.")));
	}

	@Test
	void anIndentedLineContinuesTheBulletAboveIt() {
		assertThat(
				FormattedText.of("- The work has been delayed due to a\n  vacancy of the Assistant Director.").blocks())
			.containsExactly(new Block(true,
					java.util.List.of("The work has been delayed due to a vacancy of the Assistant Director.")));
	}

	@Test
	void aBlankLineEndsAListAndStartsAnother() {
		assertThat(FormattedText.of("- a\n\n- b").blocks()).containsExactly(new Block(true, java.util.List.of("a")),
				new Block(true, java.util.List.of("b")));
	}

	@Test
	void aDashWithoutASpaceIsNotABullet() {
		assertThat(FormattedText.of("-5 degrees").blocks())
			.containsExactly(new Block(false, java.util.List.of("-5 degrees")));
	}

	@Test
	void nothingWrittenIsEmpty() {
		assertThat(FormattedText.of(null).isEmpty()).isTrue();
		assertThat(FormattedText.of(" \n \n").isEmpty()).isTrue();
	}

	@Test
	void markupIsKeptAsTextForThePageToEscape() {
		assertThat(FormattedText.of("<script>alert(1)</script>").blocks())
			.containsExactly(new Block(false, java.util.List.of("<script>alert(1)</script>")));
	}

}
