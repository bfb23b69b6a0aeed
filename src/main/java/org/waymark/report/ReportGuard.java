package org.waymark.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

/**
 * Loads a highlight report for someone who means to change it, and refuses on the server
 * whoever may not: the one place the editing rules of DESIGN.md are applied to reports.
 * <ul>
 * <li>A draft or returned report is written by the programme's leads and by admins.</li>
 * <li>A correction of a published report (revision 2 onwards) is written by admins
 * only.</li>
 * <li>Returning, publishing and correcting are for admins.</li>
 * </ul>
 */
@Component
class ReportGuard {

	private final HighlightReportRepository reports;

	private final AccessPolicy access;

	ReportGuard(HighlightReportRepository reports, AccessPolicy access) {
		this.reports = reports;
		this.access = access;
	}

	/**
	 * The report, if the user may write in it now.
	 * @throws NotFoundException if there is no such report
	 * @throws AccessDeniedException if the user may not write this programme's reports
	 * @throws ReportWorkflowException if the report is with the business manager or
	 * published, so nobody may write in it
	 */
	HighlightReport forWriting(long reportId, Authentication who) {
		HighlightReport report = find(reportId);
		if (!mayWrite(report, who)) {
			throw new AccessDeniedException("May not write report " + reportId);
		}
		report.requireEditable();
		return report;
	}

	/** Whether the user may write in reports like this one (whatever its state now). */
	boolean mayWrite(HighlightReport report, Authentication who) {
		if (report.isCorrection()) {
			return this.access.isAdmin(who);
		}
		return this.access.canEditProgramme(who, report.getProgramme().getId());
	}

	/**
	 * The report, if the user is an admin.
	 * @throws NotFoundException if there is no such report
	 * @throws AccessDeniedException if the user is not an admin
	 */
	HighlightReport forReview(long reportId, Authentication who) {
		// Found first, as for writing: a report that does not exist is "not found" for
		// everyone.
		HighlightReport report = find(reportId);
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins review reports");
		}
		return report;
	}

	/**
	 * Refuses a change made from a page that showed an older version of the report, so
	 * that nobody returns, publishes or submits something they have not seen.
	 */
	static void requireVersion(HighlightReport report, long seenVersion) {
		if (report.getVersion() != seenVersion) {
			throw new StaleReportException(report.getId());
		}
	}

	private HighlightReport find(long reportId) {
		return this.reports.findForView(reportId)
			.orElseThrow(() -> new NotFoundException("Highlight report " + reportId));
	}

}
