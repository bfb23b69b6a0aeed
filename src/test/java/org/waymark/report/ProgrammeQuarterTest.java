package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.waymark.plan.ReportingPeriodState;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeQuarterTest {

	/** After the fixtures' 2017/18 Q3 due date, 12 January 2018. */
	private static final LocalDate AFTER_DUE = LocalDate.of(2018, 2, 1);

	private final ReportFixtures fixtures = new ReportFixtures();

	@Test
	void correctionBeingWrittenLeavesTheReturnPublished() {
		this.fixtures.q3.setState(ReportingPeriodState.OPEN);
		HighlightReport published = ReportFixtures.withId(this.fixtures.published(1), 1L);
		HighlightReport correction = ReportFixtures.withId(published.startCorrection("Wrong visits figure"), 2L);

		ProgrammeQuarter quarter = quarter(published, correction);

		assertThat(quarter.returnStatus(AFTER_DUE)).isEqualTo(ReturnStatus.PUBLISHED);
		assertThat(quarter.standingRevision()).containsSame(published);
		assertThat(quarter.latestRevision()).containsSame(correction);
		assertThat(quarter.publishedStatus()).contains(Rag.GREEN);
	}

	@Test
	void publishedCorrectionStandsForTheReturn() {
		this.fixtures.q3.setState(ReportingPeriodState.OPEN);
		HighlightReport published = ReportFixtures.withId(this.fixtures.published(1), 1L);
		HighlightReport correction = ReportFixtures.withId(published.startCorrection("Wrong status"), 2L);
		correction.setStatus(Rag.AMBER, "Corrected");
		correction.publish("admin@example.org", ReportFixtures.PUBLISHED_AT);

		ProgrammeQuarter quarter = quarter(published, correction);

		assertThat(quarter.standingRevision()).containsSame(correction);
		assertThat(quarter.returnStatus(AFTER_DUE)).isEqualTo(ReturnStatus.PUBLISHED);
		assertThat(quarter.publishedStatus()).contains(Rag.AMBER);
	}

	@Test
	void unsentDraftAfterTheDueDateIsLate() {
		this.fixtures.q3.setState(ReportingPeriodState.OPEN);
		HighlightReport draft = ReportFixtures.withId(this.fixtures.draft(1), 1L);

		ProgrammeQuarter quarter = quarter(draft);

		assertThat(quarter.returnStatus(AFTER_DUE)).isEqualTo(ReturnStatus.LATE);
		assertThat(quarter.standingRevision()).containsSame(draft);
	}

	@Test
	void aClosedQuarterShowsWhatWasPublishedNotACorrectionBeingWritten() {
		HighlightReport published = ReportFixtures.withId(this.fixtures.published(1), 1L);
		HighlightReport correction = ReportFixtures.withId(published.startCorrection("Wrong visits figure"), 2L);
		ProgrammeQuarter quarter = quarter(published, correction);

		this.fixtures.q3.setState(ReportingPeriodState.CLOSED);
		assertThat(quarter.shownTo((report) -> true)).as("closed: the published revision, to anyone")
			.containsSame(published);
		assertThat(quarter.shownTo(HighlightReport::isPublished)).containsSame(published);

		this.fixtures.q3.setState(ReportingPeriodState.OPEN);
		assertThat(quarter.shownTo((report) -> true)).as("open: the latest the reader may see")
			.containsSame(correction);
		assertThat(quarter.shownTo(HighlightReport::isPublished)).containsSame(published);
	}

	@Test
	void aClosedQuarterWithNothingPublishedShowsNoReport() {
		this.fixtures.q3.setState(ReportingPeriodState.CLOSED);
		ProgrammeQuarter quarter = quarter(ReportFixtures.withId(this.fixtures.draft(1), 1L));

		assertThat(quarter.shownTo((report) -> true)).isEmpty();
	}

	private ProgrammeQuarter quarter(HighlightReport... reports) {
		return new ProgrammeQuarter(ReportFixtures.PROGRAMME_ONE, this.fixtures.q3, List.of(reports), null, null);
	}

}
