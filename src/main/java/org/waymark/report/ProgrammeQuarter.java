package org.waymark.report;

import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything recorded about one programme's return for one quarter: its report revisions
 * (latest first), any exemption, and its row in the quarter's published executive
 * summary.
 *
 * @param programmeId the programme
 * @param period the reporting period
 * @param reports the report revisions for the quarter, latest first
 * @param exemption the agreed exemption from reporting, or {@code null}
 * @param summaryRow the programme's row in the quarter's executive summary if that
 * summary is published, or {@code null}
 */
public record ProgrammeQuarter(long programmeId, ReportingPeriod period, List<HighlightReport> reports,
		ReportExemption exemption, ExecutiveSummaryStatus summaryRow) {

	private static final Comparator<HighlightReport> LATEST_FIRST = Comparator
		.comparingInt(HighlightReport::getRevision)
		.reversed();

	public ProgrammeQuarter {
		Objects.requireNonNull(period, "period");
		reports = reports.stream().sorted(LATEST_FIRST).toList();
	}

	public Optional<HighlightReport> latestRevision() {
		return this.reports.stream().findFirst();
	}

	/**
	 * The revision that stands as the programme's return: the latest, unless that is a
	 * correction the business manager is still writing, when the published revision it
	 * corrects still stands. A correction under way does not make a published return
	 * late, nor give the lead a draft they may not write in.
	 */
	public Optional<HighlightReport> standingRevision() {
		return this.reports.stream().filter((report) -> !report.isCorrection() || report.isPublished()).findFirst();
	}

	/**
	 * The latest revision the reader may see, e.g. the published original while a
	 * correction is drafted.
	 */
	public Optional<HighlightReport> latestVisible(Predicate<HighlightReport> canView) {
		return this.reports.stream().filter(canView).findFirst();
	}

	/**
	 * The revision a view of this quarter shows the reader (issue 7, "as published"): for
	 * a closed quarter, what was published for it — the latest published revision, never
	 * a correction still being written nor a report that was never published; for a
	 * quarter still open, the latest revision the reader may see.
	 */
	public Optional<HighlightReport> shownTo(Predicate<HighlightReport> canView) {
		if (this.period.getState() == ReportingPeriodState.CLOSED) {
			return this.reports.stream().filter(HighlightReport::isPublished).filter(canView).findFirst();
		}
		return latestVisible(canView);
	}

	/**
	 * The status the partnership published for the quarter: the latest published
	 * report's, or, with no published report, the published executive summary's.
	 */
	public Optional<Rag> publishedStatus() {
		Optional<Rag> reported = this.reports.stream()
			.filter(HighlightReport::isPublished)
			.findFirst()
			.flatMap(HighlightReport::status);
		if (reported.isPresent()) {
			return reported;
		}
		return Optional.ofNullable(this.summaryRow).map(ExecutiveSummaryStatus::getStatus);
	}

	public boolean isExempt() {
		return this.exemption != null;
	}

	public ReturnStatus returnStatus(LocalDate today) {
		return ReturnStatus.of(standingRevision().map(HighlightReport::getState).orElse(null), isExempt(),
				this.period.getState() == ReportingPeriodState.CLOSED, this.period.getDueDate(), today);
	}

}
