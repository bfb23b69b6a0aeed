package org.waymark.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The quarters open for returns and where each programme's return stands: a lead's "your
 * reports" (the programmes they write for) and the business manager's view of every
 * programme, with the reports waiting for review.
 */
@Service
@Transactional(readOnly = true)
public class ReturnsService {

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reportQueries;

	private final HighlightReportRepository reports;

	private final AccessPolicy access;

	private final Clock clock;

	ReturnsService(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reportQueries,
			HighlightReportRepository reports, AccessPolicy access, Clock clock) {
		this.plans = plans;
		this.programmes = programmes;
		this.reportQueries = reportQueries;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * For each quarter open for returns, the programmes the user may write reports for.
	 * @throws AccessDeniedException for executives and scrutiny councillors, who write no
	 * reports
	 */
	public List<OpenQuarter> yourReports(Authentication who) {
		return openQuarters(who, (programme) -> this.access.canEditProgramme(who, programme.getId()));
	}

	/**
	 * Every programme's return in each quarter open for returns, and the reports waiting
	 * for review in any quarter.
	 * @throws AccessDeniedException for anyone but an admin
	 */
	public ReturnsOverview overview(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins see every return");
		}
		List<AwaitingReview> awaiting = this.reports.findInState(ReportState.SUBMITTED)
			.stream()
			.map((r) -> new AwaitingReview(r.getId(), r.getProgramme().getNumber(), r.getProgramme().getTitle(),
					r.getReportingPeriod().longLabel(), r.getSubmittedBy(),
					DisplayDates.format(r.getSubmittedAt(), this.clock.getZone())))
			.toList();
		return new ReturnsOverview(openQuarters(who, (programme) -> true), awaiting);
	}

	private List<OpenQuarter> openQuarters(Authentication who, Predicate<ImprovementProgramme> included) {
		if (!this.access.isAdmin(who) && !this.access.isLead(who)) {
			throw new AccessDeniedException("Only leads and admins write reports");
		}
		List<ReportingPeriod> open = this.plans.openPeriods();
		QuarterlyReturns returns = this.reportQueries.returnsIn(open);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<ImprovementProgramme>> programmesByPlan = this.programmes
			.programmesOf(open.stream().map((period) -> period.getPlan().getId()).distinct().toList());
		boolean admin = this.access.isAdmin(who);
		List<OpenQuarter> quarters = new ArrayList<>();
		for (ReportingPeriod period : open) {
			List<ReturnRow> rows = new ArrayList<>();
			for (ImprovementProgramme programme : programmesByPlan.getOrDefault(period.getPlan().getId(), List.of())) {
				if (!included.test(programme)) {
					continue;
				}
				ProgrammeQuarter quarter = returns.of(programme.getId(), period);
				// A retired programme is asked for no new return (docs/domain-rules.md).
				if (!programme.isAskedForReturns(quarter.latestRevision().isPresent())) {
					continue;
				}
				// Only admins write corrections: others are shown the revision that
				// stands.
				HighlightReport latest = (admin ? quarter.latestRevision() : quarter.standingRevision()).orElse(null);
				ReturnStatus status = quarter.returnStatus(today);
				rows.add(new ReturnRow(programme.getId(), programme.getNumber(), programme.getTitle(), period.getId(),
						(latest != null) ? latest.getId() : null, (latest != null) ? latest.getState() : null, status,
						status == ReturnStatus.LATE, quarter.isExempt()));
			}
			if (!rows.isEmpty()) {
				quarters.add(new OpenQuarter(period.getId(), period.getPlan().getTitle(), period.longLabel(),
						DisplayDates.format(period.getDueDate()), rows, period.getPlan().programmeTermCapitalised()));
			}
		}
		return quarters;
	}

	/** A quarter open for returns and the returns listed for it. */
	public record OpenQuarter(long periodId, String planTitle, String quarter, String dueDate, List<ReturnRow> rows,
			String programmeTerm) {
	}

	/**
	 * One programme's return for the quarter.
	 *
	 * @param reportId the revision to open: the latest, or for those who may not write a
	 * correction under way, the published revision it corrects; null if not started
	 * @param state that revision's state, or null if not started
	 * @param status where the return stands as the business manager chases it
	 * @param late whether it is past the due date and not yet submitted
	 */
	public record ReturnRow(long programmeId, int programmeNumber, String programmeTitle, long periodId, Long reportId,
			ReportState state, ReturnStatus status, boolean late, boolean exempt) {

		public boolean started() {
			return this.reportId != null;
		}

		/**
		 * The lead's words for where their report is: in progress rather than "draft".
		 */
		public String progressMessageKey() {
			if (this.state == null) {
				return "yourReports.progress.NOT_STARTED";
			}
			return "yourReports.progress." + this.state.name();
		}

		/** Whether the report is still to come, so the business manager may chase it. */
		public boolean awaitingReturn() {
			return this.status.awaitsReturn();
		}

		public String progressTagClass() {
			return (this.state == null) ? "govuk-tag--grey" : this.state.tagClass();
		}

	}

	/** Every open quarter's returns and the reports waiting for review. */
	public record ReturnsOverview(List<OpenQuarter> quarters, List<AwaitingReview> awaitingReview) {
	}

	/** A submitted report waiting for the business manager. */
	public record AwaitingReview(long reportId, int programmeNumber, String programmeTitle, String quarter,
			String submittedBy, String submittedAt) {
	}

}
