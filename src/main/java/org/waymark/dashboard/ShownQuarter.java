package org.waymark.dashboard;

import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.Rag;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a view of one programme's quarter shows the reader, by the "as published" rule
 * ({@link ProgrammeQuarter#shownTo}): the report revision shown, and the status — the
 * report's, or for a programme exempt from reporting that quarter, the published
 * executive summary's. Public so that the committee pack's exports show each quarter as
 * the quarter view does.
 *
 * @param report the revision shown, or null when the reader may see none
 * @param status the status shown, or null
 * @param statusFromSummary whether the status comes from the published executive summary
 */
public record ShownQuarter(ProgrammeQuarter quarter, HighlightReport report, Rag status, boolean statusFromSummary) {

	public static ShownQuarter of(ProgrammeQuarter quarter, Predicate<HighlightReport> canView) {
		Optional<HighlightReport> shown = quarter.shownTo(canView);
		Rag status = shown.flatMap(HighlightReport::status).orElse(null);
		if (shown.isEmpty() && quarter.isExempt() && quarter.summaryRow() != null
				&& quarter.summaryRow().getStatus() != null) {
			return new ShownQuarter(quarter, null, quarter.summaryRow().getStatus(), true);
		}
		return new ShownQuarter(quarter, shown.orElse(null), status, false);
	}

	public Long reportId() {
		return (this.report != null) ? this.report.getId() : null;
	}

	/** The reason given for the status: the report's, or the executive summary's. */
	public String reason() {
		if (this.report != null) {
			return this.report.getStatusReason();
		}
		return (this.statusFromSummary) ? this.quarter.summaryRow().getReason() : null;
	}

}
