package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.waymark.shared.TextDiff.Kind;
import org.waymark.shared.TextDiff.Segment;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

	@Test
	void aChangedWordIsShownRemovedThenAdded() {
		assertThat(TextDiff.between("We opened two hubs.", "We opened three hubs in Taunton.").segments())
			.containsExactly(new Segment(Kind.SAME, "We opened "), new Segment(Kind.REMOVED, "two"),
					new Segment(Kind.ADDED, "three"), new Segment(Kind.SAME, " hubs"),
					new Segment(Kind.ADDED, " in Taunton"), new Segment(Kind.SAME, "."));
	}

	@Test
	void neighbouringChangedWordsReadAsOneChange() {
		assertThat(TextDiff.between("a quick brown fox", "a slow red fox").segments()).containsExactly(
				new Segment(Kind.SAME, "a "), new Segment(Kind.REMOVED, "quick brown"),
				new Segment(Kind.ADDED, "slow red"), new Segment(Kind.SAME, " fox"));
	}

	@Test
	void sameTextHasNoChanges() {
		TextDiff diff = TextDiff.between("Line one\n\n- a bullet", "Line one\r\n\r\n- a bullet");
		assertThat(diff.hasChanges()).isFalse();
		assertThat(diff.segments()).containsExactly(new Segment(Kind.SAME, "Line one\n\n- a bullet"));
	}

	@Test
	void textWrittenForTheFirstTimeIsAllAddedAndTextClearedAllRemoved() {
		assertThat(TextDiff.between(null, "New text").segments()).containsExactly(new Segment(Kind.ADDED, "New text"));
		assertThat(TextDiff.between("Old text", "").segments()).containsExactly(new Segment(Kind.REMOVED, "Old text"));
		assertThat(TextDiff.between(null, null).segments()).isEmpty();
	}

	@Test
	void anAddedParagraphKeepsItsLineBreaksAndTheRestIsUntouched() {
		TextDiff diff = TextDiff.between("First paragraph.\n\nLast paragraph.",
				"First paragraph.\n\nA new one.\n\nLast paragraph.");
		assertThat(diff.segments()).noneMatch(Segment::isRemoved)
			.filteredOn(Segment::isAdded)
			.singleElement()
			.satisfies((added) -> assertThat(added.text()).isEqualToIgnoringWhitespace("A new one."));
	}

	@Test
	void punctuationChangesShowOnTheirOwn() {
		assertThat(TextDiff.between("On track.", "On track!").segments()).containsExactly(
				new Segment(Kind.SAME, "On track"), new Segment(Kind.REMOVED, "."), new Segment(Kind.ADDED, "!"));
	}

	@Test
	void aRewriteTooLargeToCompareWordByWordIsShownWhole() {
		String before = IntStream.range(0, 2500).mapToObj((i) -> "old" + i).collect(Collectors.joining(" "));
		String after = IntStream.range(0, 2500).mapToObj((i) -> "new" + i).collect(Collectors.joining(" "));

		assertThat(TextDiff.between(before, after).segments()).containsExactly(new Segment(Kind.REMOVED, before),
				new Segment(Kind.ADDED, after));
	}

	@Test
	void everyPartOfBothTextsIsKeptInOrder() {
		String before = "Hubs opened in Taunton and Yeovil.\n- Staff trained\n- Rooms booked";
		String after = "Hubs opened in Taunton, Yeovil and Bridgwater.\n- Staff trained\n- Rooms booked\n- Leaflets printed";
		TextDiff diff = TextDiff.between(before, after);

		assertThat(
				diff.segments().stream().filter((s) -> !s.isAdded()).map(Segment::text).collect(Collectors.joining()))
			.isEqualTo(before);
		assertThat(
				diff.segments().stream().filter((s) -> !s.isRemoved()).map(Segment::text).collect(Collectors.joining()))
			.isEqualTo(after);
	}

}
