package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.waymark.dashboard.SummarySentences.Line;
import org.waymark.plan.ReportingQuarter;
import org.waymark.report.Rag;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The opening of the scrutiny summary, written with the application's own messages. */
class SummarySentencesTest {

	private static final Locale UK = Locale.UK;

	private final SummarySentences sentences = new SummarySentences(messages());

	@Test
	void monthsAreWrittenOut() {
		assertThat(this.sentences.months(ReportingQuarter.parse("2017/18 Q3"), UK))
			.isEqualTo("October to December 2017");
		assertThat(this.sentences.months(ReportingQuarter.parse("2017/18 Q4"), UK)).isEqualTo("January to March 2018");
	}

	@Test
	void oneProgrammeAtRiskAmongOthersOnTrackIsNamedWithItsReason() {
		List<Line> lines = List.of(green(1), green(2), green(3), green(4), green(5), green(6),
				new Line(7, Rag.AMBER, "Recruiting social workers is still hard."));
		assertThat(this.sentences.opening("October to December 2017", lines, UK))
			.isEqualTo("In October to December 2017, six of the seven programmes were on track; one, Programme 7, "
					+ "was at risk (amber): Recruiting social workers is still hard.");
	}

	@Test
	void allOnTrackIsSaidOnce() {
		assertThat(this.sentences.opening("April to June 2018", List.of(green(1), green(2), green(3)), UK))
			.isEqualTo("In April to June 2018, all three programmes were on track.");
	}

	@Test
	void severalProgrammesWithTheSameStatusAreListedTogetherWithoutReasons() {
		List<Line> lines = List.of(green(1), new Line(2, Rag.RED, "Late"), new Line(3, Rag.AMBER, "Slow"),
				new Line(4, Rag.AMBER, "Slow"), new Line(5, null, null));
		assertThat(this.sentences.opening("July to September 2017", lines, UK))
			.isEqualTo("In July to September 2017, one of the five programmes was on track; two, Programmes 3 and 4, "
					+ "were at risk (amber); one, Programme 2, was off track (red): Late; one, Programme 5, had no "
					+ "published status.");
	}

	@Test
	void withoutAnyOnTrackTheFirstGroupIsCountedAgainstTheWhole() {
		List<Line> lines = List.of(new Line(1, Rag.BLUE, null), new Line(2, Rag.BLUE, null),
				new Line(3, Rag.RED, null));
		assertThat(this.sentences.opening("January to March 2019", lines, UK)).isEqualTo(
				"In January to March 2019, two of the three programmes were complete; one, Programme 3, was off track (red).");
	}

	@Test
	void aLongReasonIsShortenedAndItsFullStopDropped() {
		String reason = "word ".repeat(60).strip() + ".";
		String opening = this.sentences.opening("October to December 2017",
				List.of(green(1), new Line(2, Rag.AMBER, reason)), UK);
		assertThat(opening).endsWith("\u2026").hasSizeLessThan(120 + SummarySentences.REASON_LENGTH);
	}

	@Test
	void aSingleProgrammeIsNamed() {
		assertThat(this.sentences.opening("October to December 2017", List.of(green(4)), UK))
			.isEqualTo("In October to December 2017, Programme 4 was on track.");
	}

	@Test
	void aPlanOfPrioritiesNamesThemInItsOwnTerm() {
		List<Line> lines = List.of(green(1), new Line(3, Rag.AMBER, null), new Line(4, Rag.AMBER, null));
		assertThat(this.sentences.opening("July to September 2017", "priority", "priorities", lines, UK))
			.isEqualTo("In July to September 2017, one of the three priorities was on track; two, Priorities 3 and 4, "
					+ "were at risk (amber).");
		assertThat(this.sentences.opening("July to September 2017", "priority", "priorities", List.of(green(2)), UK))
			.isEqualTo("In July to September 2017, Priority 2 was on track.");
		assertThat(this.sentences.opening("July to September 2017", "priority", "priorities", List.of(), UK))
			.isEqualTo("In July to September 2017, the plan had no priorities.");
	}

	@Test
	void aPlanWithoutProgrammesSaysSo() {
		assertThat(this.sentences.opening("October to December 2017", List.of(), UK))
			.isEqualTo("In October to December 2017, the plan had no programmes.");
	}

	@Test
	void numbersUpToTwelveAreWordsAndLargerOnesFigures() {
		assertThat(this.sentences.number(7, UK)).isEqualTo("seven");
		assertThat(this.sentences.number(12, UK)).isEqualTo("twelve");
		assertThat(this.sentences.number(13, UK)).isEqualTo("13");
	}

	private static Line green(int number) {
		return new Line(number, Rag.GREEN, "On track");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
