package org.waymark.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnStatusTest {

	private static final LocalDate DUE = LocalDate.of(2018, 1, 12);

	private static final LocalDate BEFORE = DUE.minusDays(1);

	private static final LocalDate AFTER = DUE.plusDays(1);

	private static final boolean OPEN = false;

	private static final boolean CLOSED = true;

	@Test
	void noReportBeforeTheDueDateIsNotStarted() {
		assertThat(ReturnStatus.of(null, false, OPEN, DUE, BEFORE)).isEqualTo(ReturnStatus.NOT_STARTED);
	}

	@Test
	void aReturnIsStillOnTimeOnItsDueDate() {
		assertThat(ReturnStatus.of(ReportState.DRAFT, false, OPEN, DUE, DUE)).isEqualTo(ReturnStatus.DRAFT);
	}

	@Test
	void noReportOrAnUnsentDraftAfterTheDueDateIsLate() {
		assertThat(ReturnStatus.of(null, false, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.LATE);
		assertThat(ReturnStatus.of(ReportState.DRAFT, false, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.LATE);
		assertThat(ReturnStatus.of(ReportState.RETURNED, false, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.LATE);
	}

	@Test
	void aClosedQuarterWithoutAReportIsNotReceivedRatherThanLate() {
		assertThat(ReturnStatus.of(null, false, CLOSED, DUE, AFTER)).isEqualTo(ReturnStatus.NOT_RECEIVED);
		assertThat(ReturnStatus.of(ReportState.DRAFT, false, CLOSED, DUE, AFTER)).isEqualTo(ReturnStatus.NOT_RECEIVED);
	}

	@Test
	void closingAQuarterKeepsPublishedSubmittedAndExemptReturns() {
		assertThat(ReturnStatus.of(ReportState.PUBLISHED, false, CLOSED, DUE, AFTER)).isEqualTo(ReturnStatus.PUBLISHED);
		assertThat(ReturnStatus.of(ReportState.SUBMITTED, false, CLOSED, DUE, AFTER)).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(ReturnStatus.of(null, true, CLOSED, DUE, AFTER)).isEqualTo(ReturnStatus.EXEMPT);
	}

	@Test
	void submittedAndPublishedReportsAreNeverLate() {
		assertThat(ReturnStatus.of(ReportState.SUBMITTED, false, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(ReturnStatus.of(ReportState.PUBLISHED, false, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.PUBLISHED);
	}

	@Test
	void anExemptProgrammeIsNotLate() {
		assertThat(ReturnStatus.of(null, true, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.EXEMPT);
	}

	@Test
	void aReportSentDespiteAnExemptionShowsItsState() {
		assertThat(ReturnStatus.of(ReportState.PUBLISHED, true, OPEN, DUE, AFTER)).isEqualTo(ReturnStatus.PUBLISHED);
	}

	@Test
	void aReturnedReportBeforeTheDueDateSaysSo() {
		assertThat(ReturnStatus.of(ReportState.RETURNED, false, OPEN, DUE, BEFORE)).isEqualTo(ReturnStatus.RETURNED);
	}

	@Test
	void aPeriodWithoutADueDateIsNeverLate() {
		assertThat(ReturnStatus.of(null, false, OPEN, null, AFTER)).isEqualTo(ReturnStatus.NOT_STARTED);
	}

	@Test
	void everyStatusHasATagColourAndAMessage() {
		for (ReturnStatus status : ReturnStatus.values()) {
			assertThat(status.tagClass()).startsWith("govuk-tag--");
			assertThat(status.messageKey()).isEqualTo("return.status." + status.name());
		}
	}

	@Test
	void onlyReturnsStillToComeAreAwaited() {
		assertThat(java.util.EnumSet.allOf(ReturnStatus.class).stream().filter(ReturnStatus::awaitsReturn))
			.containsExactlyInAnyOrder(ReturnStatus.NOT_STARTED, ReturnStatus.DRAFT, ReturnStatus.RETURNED,
					ReturnStatus.LATE);
	}

}
