package org.waymark.pack;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.report.HighlightReportService;
import org.waymark.report.ReportQueries;
import org.waymark.risk.RiskQueries;
import org.waymark.shared.NotFoundException;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Assembles a quarter's committee pack as the reader may see it, in a fixed number of
 * statements whatever the data: the quarter's statuses and measures
 * ({@link QuarterDataService}), the published executive summary (one), the highlight
 * reports shown ({@link HighlightReportService#views}) and the plan's open risks (three).
 * Only reports the quarter view shows the reader are printed, so a scrutiny councillor's
 * pack holds published reports only, and a closed quarter's pack its published revisions.
 */
@Service
@Transactional(readOnly = true)
public class CommitteePackService {

	private final QuarterDataService quarters;

	private final ReportQueries reports;

	private final HighlightReportService reportViews;

	private final RiskQueries risks;

	private final Clock clock;

	CommitteePackService(QuarterDataService quarters, ReportQueries reports, HighlightReportService reportViews,
			RiskQueries risks, Clock clock) {
		this.quarters = quarters;
		this.reports = reports;
		this.reportViews = reportViews;
		this.risks = risks;
		this.clock = clock;
	}

	/**
	 * The pack.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public CommitteePack pack(long planId, long periodId, Authentication reader) {
		QuarterData quarter = this.quarters.quarter(planId, periodId, reader);
		CommitteePack.Summary summary = summary(periodId);
		List<Long> reportIds = quarter.statuses().stream().map(StatusRow::reportId).filter(Objects::nonNull).toList();
		return new CommitteePack(quarter, summary, this.reportViews.views(reportIds, reader),
				this.risks.openKeyRisksOfPlan(planId), LocalDate.now(this.clock), nameOf(reader));
	}

	/** The quarter's published executive summary, or null when none is published. */
	public CommitteePack.Summary summary(long periodId) {
		return this.reports.publishedSummaryOf(periodId).map(CommitteePack.Summary::of).orElse(null);
	}

	static String nameOf(Authentication reader) {
		if (reader != null && reader.getPrincipal() instanceof WaymarkUser user) {
			return user.getDisplayName();
		}
		return (reader != null) ? reader.getName() : null;
	}

}
