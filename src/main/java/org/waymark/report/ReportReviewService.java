package org.waymark.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The business manager's side of the workflow: returning a submitted report with a
 * comment, publishing it, and correcting a published one as a new revision. Each action
 * names the version of the report the admin was looking at, so nobody publishes or
 * returns a report that changed under them.
 */
@Service
@Transactional
public class ReportReviewService {

	private final HighlightReportRepository reports;

	private final ReportGuard guard;

	private final Clock clock;

	private final ReportEvents events;

	ReportReviewService(HighlightReportRepository reports, ReportGuard guard, Clock clock, ReportEvents events) {
		this.reports = reports;
		this.guard = guard;
		this.clock = clock;
		this.events = events;
	}

	/** The report as the return and correction forms show it. */
	@Transactional(readOnly = true)
	public ReviewedReport reviewed(long reportId, Authentication who) {
		HighlightReport report = this.guard.forReview(reportId, who);
		return new ReviewedReport(HighlightReportService.header(report), report.getVersion());
	}

	/**
	 * Sends a submitted report back to its lead with a comment saying what to change.
	 * @throws ReportWorkflowException if the report is not submitted or the comment is
	 * blank
	 */
	public void returnForChanges(long reportId, long seenVersion, String comment, Authentication who) {
		HighlightReport report = this.guard.forReview(reportId, who);
		ReportGuard.requireVersion(report, seenVersion);
		report.returnForChanges(ReportDraftingService.blankToNull(comment));
		this.events.returnedForChanges(report, report.getReturnComment(), who);
	}

	/**
	 * Publishes a submitted report, or a finished correction; it is then read by everyone
	 * and locked.
	 * @return what is missing from a correction that cannot be published yet; empty when
	 * published
	 */
	public List<SubmissionProblem> publish(long reportId, long seenVersion, Authentication who) {
		HighlightReport report = this.guard.forReview(reportId, who);
		ReportGuard.requireVersion(report, seenVersion);
		if (report.isCorrection() && report.getState() == ReportState.DRAFT) {
			List<SubmissionProblem> problems = report.submissionProblems();
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		report.publish(who.getName(), this.clock.instant());
		this.events.published(report, who);
		return List.of();
	}

	/**
	 * Starts a correction of a published report: a new revision holding the same content,
	 * which only admins may edit; the published revision stays as it is until the
	 * correction is published.
	 * @return the correction's id; the existing one if a correction is already under way
	 */
	public long startCorrection(long reportId, long seenVersion, String reason, Authentication who) {
		HighlightReport report = this.guard.forReview(reportId, who);
		ReportGuard.requireVersion(report, seenVersion);
		List<HighlightReport> revisions = this.reports.findRevisions(report.getProgramme().getId(),
				report.getReportingPeriod().getId());
		HighlightReport latest = revisions.get(revisions.size() - 1);
		if (latest.getRevision() > report.getRevision()) {
			if (latest.getState() == ReportState.DRAFT) {
				return latest.getId();
			}
			throw new ReportWorkflowException("Only the latest revision of a report can be corrected");
		}
		HighlightReport correction = this.reports.save(report.startCorrection(reason));
		this.events.correctionStarted(correction, correction.getCorrectionReason(), who);
		return correction.getId();
	}

	/**
	 * A report as the business manager's forms show it, with the version the form sends
	 * back.
	 */
	public record ReviewedReport(HighlightReportView.Header header, long version) {
	}

}
