package org.waymark.dashboard;

import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.Rag;

import java.util.function.Predicate;

/**
 * A programme's status for a quarter as a view shows it: from the report shown to the
 * reader ({@link ProgrammeQuarter#shownTo}), or, for a programme exempt from reporting
 * that quarter, from the published executive summary (as on the plan dashboard).
 *
 * @param report the report shown, or null
 * @param status the status, or null when there is none to show
 * @param reason the reason given for it, or null
 * @param fromSummary whether the status is the executive summary's
 */
record QuarterStatus(long programmeId, HighlightReport report, Rag status, String reason, boolean fromSummary) {

	static QuarterStatus of(ProgrammeQuarter quarter, Predicate<HighlightReport> canView) {
		HighlightReport report = quarter.shownTo(canView).orElse(null);
		if (report != null) {
			return new QuarterStatus(quarter.programmeId(), report, report.getOverallStatus(), report.getStatusReason(),
					false);
		}
		if (quarter.isExempt() && quarter.summaryRow() != null && quarter.summaryRow().getStatus() != null) {
			return new QuarterStatus(quarter.programmeId(), null, quarter.summaryRow().getStatus(),
					quarter.summaryRow().getReason(), true);
		}
		return new QuarterStatus(quarter.programmeId(), null, null, null, false);
	}

	Long reportId() {
		return (this.report != null) ? this.report.getId() : null;
	}

}
