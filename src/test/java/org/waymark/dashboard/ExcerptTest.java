package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.measure.DirectionOfTravel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure pieces of the dashboards: section excerpts and measure counts. */
class ExcerptTest {

	@Test
	void takesTheFirstPointsOfBulletsAndParagraphsAndCountsTheRest() {
		Excerpt excerpt = Excerpt.of("Opening paragraph\n\n- first\n- second\n  continued\n- third\n\nClosing", false,
				3);

		assertThat(excerpt.points()).containsExactly("Opening paragraph", "first", "second continued");
		assertThat(excerpt.more()).isEqualTo(2);
		assertThat(excerpt.isEmpty()).isFalse();
	}

	@Test
	void shortSectionsAreShownWhole() {
		Excerpt excerpt = Excerpt.of("- only point", false, 3);

		assertThat(excerpt.points()).containsExactly("only point");
		assertThat(excerpt.more()).isZero();
	}

	@Test
	void aNilReturnSaysSoAndAnUnwrittenSectionIsEmpty() {
		assertThat(Excerpt.of(null, true, 3).nilReturn()).isTrue();
		assertThat(Excerpt.of(null, true, 3).isEmpty()).isFalse();
		assertThat(Excerpt.of("  ", false, 3).isEmpty()).isTrue();
	}

	@Test
	void longPointsAreCutAtAWordAndSaySo() {
		String longPoint = "word ".repeat(60).strip();
		Excerpt excerpt = Excerpt.of("- " + longPoint + "\n- short", false, 3);

		assertThat(excerpt.points().get(0)).hasSizeLessThanOrEqualTo(Excerpt.POINT_LENGTH + 1).endsWith("word\u2026");
		assertThat(excerpt.points().get(1)).isEqualTo("short");
		assertThat(excerpt.shortened()).isTrue();
		assertThat(excerpt.hasMore()).isTrue();
		assertThat(Excerpt.of("- short", false, 3).hasMore()).isFalse();
	}

	@Test
	void measuresAreCountedByTheDirectionShown() {
		assertThat(MeasureMovement.of(List.of(DirectionOfTravel.IMPROVED, DirectionOfTravel.SAME,
				DirectionOfTravel.DETERIORATED, DirectionOfTravel.DETERIORATED, DirectionOfTravel.NOT_COMPARABLE)))
			.isEqualTo(new MeasureMovement(true, 1, 1, 2, 1));
		assertThat(MeasureMovement.of(List.of())).isEqualTo(MeasureMovement.NONE);
		assertThat(MeasureMovement.of(null).reported()).isFalse();
	}

}
