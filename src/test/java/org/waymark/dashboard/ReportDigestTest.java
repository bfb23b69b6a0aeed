package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.dashboard.ProgrammeDashboard.SectionPoints;
import org.waymark.report.SectionType;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDigestTest {

	@Test
	void eachBulletAndEachParagraphIsAPointInOrder() {
		assertThat(ReportDigest.points("Opening words\nover two lines\n\n- First\n- Second\n\nClosing words"))
			.containsExactly("Opening words over two lines", "First", "Second", "Closing words");
	}

	@Test
	void onlyTheFirstThreePointsAreKeptAndTheRestCounted() {
		SectionPoints points = ReportDigest.of(SectionType.ACHIEVEMENTS, false, "- a\n- b\n- c\n- d");
		assertThat(points.points()).containsExactly("a", "b", "c");
		assertThat(points.more()).isEqualTo(1);
		assertThat(points.isBlank()).isFalse();
	}

	@Test
	void aShortSectionHasNothingMore() {
		SectionPoints points = ReportDigest.of(SectionType.DECISIONS_REQUIRED, false, "That the Trust notes it.");
		assertThat(points.points()).containsExactly("That the Trust notes it.");
		assertThat(points.more()).isZero();
	}

	@Test
	void aNilReturnHasNoPointsAndIsNotBlank() {
		SectionPoints points = ReportDigest.of(SectionType.SLIPPAGE, true, null);
		assertThat(points.nilReturn()).isTrue();
		assertThat(points.points()).isEmpty();
		assertThat(points.isBlank()).isFalse();
	}

	@Test
	void aSectionNotWrittenIsBlank() {
		assertThat(ReportDigest.of(SectionType.NEXT_PERIOD, false, "  ").isBlank()).isTrue();
	}

}
