package org.waymark.pack;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.QuarterActions;
import org.waymark.dashboard.PlanDashboardService;
import org.waymark.dashboard.ShownQuarter;
import org.waymark.measure.DirectionAssessment;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.TargetAssessment;
import org.waymark.pack.QuarterData.ActionRow;
import org.waymark.pack.QuarterData.Comparator;
import org.waymark.pack.QuarterData.MeasureRow;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.pack.QuarterData.Value;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportMeasureRow;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a plan's quarter as the reader may see it, in at most nine statements
 * whatever the data: the period and the plan's periods, the programmes, the returns of
 * the quarter and the one before (three), the measures tables of the reports shown with
 * their measures' comparators (one), and the quarter's actions (two).
 * <ul>
 * <li>Statuses and reports shown follow the quarter view ({@link ShownQuarter}): a closed
 * quarter's published revision, an open quarter's latest revision the reader may see
 * ({@code AccessPolicy.canView}); an exempt programme's status from the published
 * executive summary.</li>
 * <li>Measures come from the measures table of the report shown, so a past quarter says
 * what was published for it; a programme with no report shown has no rows.</li>
 * <li>Actions are {@link QuarterActions}: draft action plans only for readers who may
 * read drafts.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class QuarterDataService {

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final QuarterActions actions;

	private final AccessPolicy access;

	private final Clock clock;

	QuarterDataService(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports, QuarterActions actions,
			AccessPolicy access, Clock clock) {
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.actions = actions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The quarter's data as the reader may see it.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public QuarterData quarter(long planId, long periodId, Authentication reader) {
		ReportingPeriod period = this.plans.period(periodId);
		Plan plan = period.getPlan();
		if (plan.getId() != planId) {
			throw new NotFoundException("Reporting period " + periodId + " of plan " + planId);
		}
		ReportingPeriod previous = PlanDashboardService.previous(this.plans.periodsOf(planId), period);
		QuarterlyReturns returns = this.reports
			.returnsIn((previous != null) ? List.of(period, previous) : List.of(period));
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(planId);
		LocalDate today = LocalDate.now(this.clock);
		List<StatusRow> statuses = new ArrayList<>();
		Map<Long, Integer> numbersByReport = new HashMap<>();
		for (ImprovementProgramme programme : programmes) {
			ProgrammeQuarter recorded = returns.of(programme.getId(), period);
			ShownQuarter shown = ShownQuarter.of(recorded,
					(report) -> this.access.canView(reader, programme.getId(), report.getState().visibility()));
			StatusTrend trend = (shown.status() != null)
					? PlanDashboardService.trend(returns, programme.getId(), previous, shown.status()) : null;
			statuses.add(status(programme, plan.programmeLabel(programme.getNumber()), shown, trend,
					recorded.returnStatus(today)));
			if (shown.reportId() != null) {
				numbersByReport.put(shown.reportId(), programme.getNumber());
			}
		}
		List<MeasureRow> measures = new ArrayList<>();
		Map<Long, List<ReportMeasureRow>> tables = this.reports
			.measureRowsWithComparatorsOf(List.copyOf(numbersByReport.keySet()));
		for (StatusRow status : statuses) {
			if (status.reportId() != null) {
				for (ReportMeasureRow row : tables.getOrDefault(status.reportId(), List.of())) {
					measures.add(measure(status.programmeNumber(), row));
				}
			}
		}
		Map<Long, Integer> numbersByProgramme = new HashMap<>();
		programmes.forEach((programme) -> numbersByProgramme.put(programme.getId(), programme.getNumber()));
		List<ActionRow> actionRows = this.actions.actionsOf(planId, period, this.access.canReadDraftActionPlans(reader))
			.stream()
			.map((action) -> new ActionRow(numbersByProgramme.get(action.programmeId()), action))
			.toList();
		return new QuarterData(planId, plan.getTitle(), plan.getShortName(), period.getId(), period.label(),
				period.longLabel(), period.getState() == ReportingPeriodState.CLOSED, List.copyOf(statuses),
				List.copyOf(measures), actionRows);
	}

	private static StatusRow status(ImprovementProgramme programme, String label, ShownQuarter shown, StatusTrend trend,
			ReturnStatus returnStatus) {
		ProgrammeQuarter recorded = shown.quarter();
		HighlightReport report = shown.report();
		return new StatusRow(programme.getId(), programme.getNumber(), label, programme.getTitle(), shown.status(),
				shown.statusFromSummary(), trend, shown.reason(), returnStatus,
				recorded.isExempt() ? recorded.exemption().getReason() : null, shown.reportId(),
				(report != null) ? report.getState() : null, (report != null) ? report.getRevision() : 0);
	}

	private static MeasureRow measure(int programmeNumber, ReportMeasureRow row) {
		Measure measure = row.getMeasure();
		MeasureValue current = row.getCurrentValue();
		DirectionAssessment direction = row.direction();
		TargetAssessment target = TargetAssessment.of((current != null) ? current.getNumericValue() : null,
				measure.getTargetValue(), measure.getPolarity(), measure.getDecimalPlaces());
		List<Comparator> comparators = measure.getComparators()
			.stream()
			.map((comparator) -> new Comparator(comparator.getLabel(), comparator.getValue(), comparator.getPeriod()))
			.toList();
		return new MeasureRow(measure.getId(), programmeNumber, measure.getName(), measure.getUnit(), value(current),
				value(row.getPreviousValue()), measure.getTargetValue(), measure.getTargetText(), comparators,
				direction.shown(), direction.overridden() ? direction.overrideReason() : null, target.rating(),
				row.getReport().getId());
	}

	private static Value value(MeasureValue value) {
		if (value == null) {
			return null;
		}
		return new Value(value.getPeriodLabel(), value.getReportedText(), value.getNumericValue(),
				value.getDataStatus());
	}

}
