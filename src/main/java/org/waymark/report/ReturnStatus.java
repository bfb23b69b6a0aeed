package org.waymark.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a programme's return for one quarter stands, as the business manager chases it:
 * not started, draft, returned for changes, submitted, published, late (not yet submitted
 * and past the due date while the quarter is still open), not received (the quarter was
 * closed without a report, e.g. quarters before the programme moved to Waymark), or
 * exempt (agreed that no report is due, with a reason).
 */
public enum ReturnStatus {

	NOT_STARTED("govuk-tag--grey"), DRAFT("govuk-tag--grey"), RETURNED("govuk-tag--orange"),
	SUBMITTED("govuk-tag--blue"), PUBLISHED("govuk-tag--green"), LATE("govuk-tag--red"), EXEMPT("govuk-tag--turquoise"),
	NOT_RECEIVED("govuk-tag--grey");

	private final String tagClass;

	ReturnStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	/**
	 * Works out a return's status.
	 * @param latest the state of the quarter's latest report revision, or {@code null} if
	 * no report has been started
	 * @param exempt whether the programme is exempt from reporting for the quarter
	 * @param periodClosed whether the quarter has been closed for returns; the chase is
	 * over then, so an unsent return is "not received" rather than "late"
	 * @param dueDate the date returns are due, or {@code null} if none was set (never
	 * late)
	 * @param today the day to judge on; a return is still on time on its due date
	 * @return the status; submitted and published win over exempt, exempt over not
	 * received, and not received over late
	 */
	public static ReturnStatus of(ReportState latest, boolean exempt, boolean periodClosed, LocalDate dueDate,
			LocalDate today) {
		Objects.requireNonNull(today, "today");
		if (latest == ReportState.PUBLISHED) {
			return PUBLISHED;
		}
		if (latest == ReportState.SUBMITTED) {
			return SUBMITTED;
		}
		if (exempt) {
			return EXEMPT;
		}
		if (periodClosed) {
			return NOT_RECEIVED;
		}
		if (dueDate != null && today.isAfter(dueDate)) {
			return LATE;
		}
		if (latest == null) {
			return NOT_STARTED;
		}
		return (latest == ReportState.RETURNED) ? RETURNED : DRAFT;
	}

	/**
	 * Whether the report is still to come while the quarter is open: not started, being
	 * written, returned for changes, or late. Leads are reminded and chased of these.
	 */
	public boolean awaitsReturn() {
		return this == NOT_STARTED || this == DRAFT || this == RETURNED || this == LATE;
	}

	public String messageKey() {
		return "return.status." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
