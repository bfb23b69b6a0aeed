package org.waymark.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.ProgrammeDashboard.ActionPlanSummary;
import org.waymark.dashboard.ProgrammeDashboard.HistoryRow;
import org.waymark.dashboard.ProgrammeDashboard.KeyPoints;
import org.waymark.dashboard.ProgrammeDashboard.MeasureGroup;
import org.waymark.dashboard.ProgrammeDashboard.Period;
import org.waymark.dashboard.ProgrammeDashboard.Programme;
import org.waymark.dashboard.ProgrammeDashboard.RiskRow;
import org.waymark.dashboard.ProgrammeDashboard.SectionPoints;
import org.waymark.measure.MeasureQueries;
import org.waymark.measure.MeasureTrend;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.ExecutiveSummaryStatus;
import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.Rag;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReportSection;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskQueries;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.UserQueries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds a programme's dashboard as at a quarter in a fixed number of statements (about
 * fifteen), however many quarters, reports, actions, measures, values and risks it has:
 * the programme, its plan's periods, its returns, the shown report's sections, the year's
 * actions, its measures with their values, and its risks.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDashboardService {

	private final ProgrammeQueries programmes;

	private final PlanQueries plans;

	private final ReportQueries reports;

	private final QuarterActions quarterActions;

	private final MeasureQueries measures;

	private final RiskQueries risks;

	private final UserQueries users;

	private final AccessPolicy access;

	private final Clock clock;

	ProgrammeDashboardService(ProgrammeQueries programmes, PlanQueries plans, ReportQueries reports,
			QuarterActions quarterActions, MeasureQueries measures, RiskQueries risks, UserQueries users,
			AccessPolicy access, Clock clock) {
		this.programmes = programmes;
		this.plans = plans;
		this.reports = reports;
		this.quarterActions = quarterActions;
		this.measures = measures;
		this.risks = risks;
		this.users = users;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The programme's dashboard as the reader may see it, as at a quarter.
	 * @param periodId the quarter to show, or null for the latest with anything the
	 * reader may see
	 * @throws NotFoundException if there is no such programme, or no such period of the
	 * programme's plan
	 */
	public ProgrammeDashboard dashboard(long programmeId, Long periodId, Authentication reader) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		long planId = programme.getPlan().getId();
		List<ReportingPeriod> periods = this.plans.periodsOf(planId);
		QuarterlyReturns returns = this.reports.returnsOfProgramme(programmeId);
		Predicate<HighlightReport> canView = (report) -> this.access.canView(reader, programmeId,
				report.getState().visibility());
		ReportingPeriod latestSeen = defaultPeriod(periods, returns, programmeId, canView);
		ReportingPeriod selected = latestSeen;
		if (periodId != null) {
			selected = periods.stream()
				.filter((period) -> period.getId().equals(periodId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Reporting period " + periodId + " of plan " + planId));
		}
		List<Period> options = periods.stream().map(ProgrammeDashboardService::period).toList();
		List<MeasureGroup> measureGroups = measureGroups(programmeId,
				(selected != null) ? selected.quarter().lastDay() : null);
		List<RiskRow> riskRows = this.risks.openRisksOfProgramme(programmeId)
			.stream()
			.map((risk) -> new RiskRow(risk, RiskMovement.of(risk.score(), risk.previousScore())))
			.toList();
		if (selected == null) {
			return new ProgrammeDashboard(programme(programme), null, options, List.of(), null, null, measureGroups,
					riskRows, false);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<HistoryRow> history = new ArrayList<>();
		KeyPoints keyPoints = null;
		for (int i = periods.size() - 1; i >= 0; i--) {
			ReportingPeriod period = periods.get(i);
			if (period.quarter().compareTo(selected.quarter()) > 0) {
				continue;
			}
			ProgrammeQuarter quarter = returns.of(programmeId, period);
			boolean isSelected = period.getId().equals(selected.getId());
			if (!isSelected && period.getState() == ReportingPeriodState.UPCOMING && quarter.reports().isEmpty()
					&& !quarter.isExempt()) {
				continue;
			}
			Rag before = previousPublishedStatus(periods, period, returns, programmeId);
			HistoryRow row = historyRow(quarter, isSelected, before, canView, today);
			history.add(row);
			if (isSelected) {
				keyPoints = keyPoints(quarter, row, canView);
			}
		}
		boolean pastQuarter = latestSeen != null && selected.quarter().compareTo(latestSeen.quarter()) < 0;
		return new ProgrammeDashboard(programme(programme), period(selected), options, List.copyOf(history), keyPoints,
				actionPlan(planId, programmeId, selected, reader), measureGroups, riskRows, pastQuarter);
	}

	/**
	 * The latest quarter with anything the reader may see for the programme (a report, or
	 * for an exempt quarter the published executive summary's status); failing that, the
	 * latest quarter that has opened; failing that, the first; null when the plan has no
	 * periods.
	 */
	static ReportingPeriod defaultPeriod(List<ReportingPeriod> periods, QuarterlyReturns returns, long programmeId,
			Predicate<HighlightReport> canView) {
		ReportingPeriod opened = null;
		for (int i = periods.size() - 1; i >= 0; i--) {
			ReportingPeriod period = periods.get(i);
			ProgrammeQuarter quarter = returns.of(programmeId, period);
			if (quarter.shownTo(canView).isPresent() || (quarter.isExempt() && quarter.summaryRow() != null)) {
				return period;
			}
			if (opened == null && period.getState() != ReportingPeriodState.UPCOMING) {
				opened = period;
			}
		}
		if (opened != null) {
			return opened;
		}
		return periods.isEmpty() ? null : periods.get(0);
	}

	private static Rag previousPublishedStatus(List<ReportingPeriod> periods, ReportingPeriod period,
			QuarterlyReturns returns, long programmeId) {
		ReportingQuarter wanted = period.quarter().previous();
		return periods.stream()
			.filter((p) -> p.quarter().equals(wanted))
			.findFirst()
			.flatMap((previous) -> returns.of(programmeId, previous).publishedStatus())
			.orElse(null);
	}

	private static HistoryRow historyRow(ProgrammeQuarter quarter, boolean selected, Rag before,
			Predicate<HighlightReport> canView, LocalDate today) {
		Optional<HighlightReport> shown = quarter.shownTo(canView);
		Rag status = shown.map(HighlightReport::getOverallStatus).orElse(null);
		FormattedText reason = shown.map((report) -> FormattedText.of(report.getStatusReason()))
			.orElse(FormattedText.of(null));
		boolean fromSummary = false;
		ExecutiveSummaryStatus summaryRow = quarter.summaryRow();
		if (shown.isEmpty() && quarter.isExempt() && summaryRow != null && summaryRow.getStatus() != null) {
			status = summaryRow.getStatus();
			reason = FormattedText.of(summaryRow.getReason());
			fromSummary = true;
		}
		return new HistoryRow(period(quarter.period()), selected, quarter.returnStatus(today), status, fromSummary,
				(status != null) ? StatusTrend.between(before, status) : null, reason,
				shown.map(HighlightReport::getId).orElse(null), shown.map(HighlightReport::getRevision).orElse(0),
				shown.map(HighlightReport::getState).orElse(null),
				quarter.isExempt() ? quarter.exemption().getReason() : null);
	}

	/** The quarter's report in brief; its sections cost one statement. */
	private static KeyPoints keyPoints(ProgrammeQuarter quarter, HistoryRow row, Predicate<HighlightReport> canView) {
		Optional<HighlightReport> shown = quarter.shownTo(canView);
		if (shown.isPresent()) {
			HighlightReport report = shown.get();
			List<SectionPoints> sections = ReportDigest.SECTIONS.stream().map((type) -> {
				ReportSection section = report.section(type);
				return ReportDigest.of(type, section.isNilReturn(), section.getBody());
			}).toList();
			return new KeyPoints(row.period(), report.getId(), report.getRevision(), report.getState(), row.status(),
					row.trend(), report.getStatusAsWritten(), row.reason(), sections);
		}
		if (row.statusFromSummary()) {
			return new KeyPoints(row.period(), null, 0, null, row.status(), row.trend(),
					quarter.summaryRow().getStatusAsWritten(), row.reason(), List.of());
		}
		return null;
	}

	private ActionPlanSummary actionPlan(long planId, long programmeId, ReportingPeriod period, Authentication reader) {
		List<QuarterAction> actions = this.quarterActions
			.actionsOf(planId, period, this.access.canReadDraftActionPlans(reader))
			.stream()
			.filter((action) -> action.programmeId() == programmeId)
			.toList();
		return new ActionPlanSummary(period.quarter().year().label(), BragCounts.of(actions),
				ActionPoints.byObjective(actions));
	}

	private List<MeasureGroup> measureGroups(long programmeId, LocalDate asAt) {
		Map<String, List<MeasureTrend>> byHeading = new LinkedHashMap<>();
		for (MeasureTrend trend : this.measures.trendsOf(programmeId, asAt)) {
			byHeading.computeIfAbsent(trend.heading(), (heading) -> new ArrayList<>()).add(trend);
		}
		return byHeading.entrySet()
			.stream()
			.map((e) -> new MeasureGroup(e.getKey(), List.copyOf(e.getValue())))
			.toList();
	}

	private Programme programme(ImprovementProgramme programme) {
		DeliveryGroup group = programme.getDeliveryGroup();
		return new Programme(programme.getId(), programme.getNumber(), programme.getTitle(),
				FormattedText.of(programme.getDescription()), programme.getPlan().getTitle(),
				(group != null) ? group.getName() : null, (group != null) ? group.getChairName() : null,
				(group != null) ? group.getChairTitle() : null, programme.getSeniorResponsibleOwners(),
				programme.getScrutinyChampions(), this.users.leadNamesFor(programme.getId()),
				programme.getPlan().getId(), programme.getPlan().programmeLabel(programme.getNumber()));
	}

	private static Period period(ReportingPeriod period) {
		return new Period(period.getId(), period.label(), period.longLabel());
	}

}
