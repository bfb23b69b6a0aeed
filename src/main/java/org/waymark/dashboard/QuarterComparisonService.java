package org.waymark.dashboard;

import jakarta.persistence.EntityManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.QuarterChanges.Listed;
import org.waymark.dashboard.QuarterChanges.MeasureInQuarter;
import org.waymark.dashboard.QuarterComparison.ActionChange;
import org.waymark.dashboard.QuarterComparison.MeasureChange;
import org.waymark.dashboard.QuarterComparison.PeriodOption;
import org.waymark.dashboard.QuarterComparison.ProgrammeChanges;
import org.waymark.dashboard.QuarterComparison.RiskChange;
import org.waymark.dashboard.QuarterComparison.RisksAsAt;
import org.waymark.dashboard.QuarterComparison.Totals;
import org.waymark.dashboard.RagView.ProgrammeRef;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportMeasureRow;
import org.waymark.report.ReportQueries;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBetween;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compares two quarters of a plan, for the whole plan or one programme, in a fixed number
 * of statements: the plan, its periods and programmes, the two quarters' returns, the
 * measures tables of the reports shown, each quarter's actions ({@link QuarterActions})
 * and the plan's risks with their assessments.
 * <p>
 * Each quarter is read as its own views show it to the reader (the "as published" rule:
 * the published revision of each report, or for readers who may see them, a submitted
 * one). Risks have no quarters, so their scores are read from their assessment history at
 * each quarter's end.
 */
@Service
@Transactional(readOnly = true)
public class QuarterComparisonService {

	private final EntityManager entityManager;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final QuarterActions actions;

	private final RiskQueries risks;

	private final AccessPolicy access;

	private final Clock clock;

	QuarterComparisonService(EntityManager entityManager, PlanQueries plans, ProgrammeQueries programmes,
			ReportQueries reports, QuarterActions actions, RiskQueries risks, AccessPolicy access, Clock clock) {
		this.entityManager = entityManager;
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.actions = actions;
		this.risks = risks;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The comparison as the reader may see it. Quarters not chosen default to the latest
	 * with anything published and the published one before it; two quarters given the
	 * wrong way round are compared earlier to later.
	 * @param fromId the earlier quarter, or null for the default
	 * @param toId the later quarter, or null for the default
	 * @param programmeId the programme to compare, or null for the whole plan
	 * @throws NotFoundException for a plan that does not exist or has no quarters, or a
	 * quarter or programme that is not the plan's
	 */
	public QuarterComparison compare(long planId, Long fromId, Long toId, Long programmeId, Authentication reader) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		List<ReportingPeriod> periods = this.plans.periodsOf(planId);
		Set<Long> published = this.reports.periodIdsWithPublishedReporting(planId);
		ReportingPeriod to = (toId != null) ? periodOf(periods, toId, planId)
				: PlanDashboardService.defaultPeriod(periods, published);
		if (to == null) {
			throw new NotFoundException("Reporting periods of plan " + planId);
		}
		ReportingPeriod from = (fromId != null) ? periodOf(periods, fromId, planId)
				: defaultFrom(periods, published, to);
		if (from.quarter().compareTo(to.quarter()) > 0) {
			ReportingPeriod later = from;
			from = to;
			to = later;
		}
		List<ImprovementProgramme> all = this.programmes.programmesOf(planId);
		List<ProgrammeRef> options = all.stream().map(QuarterComparisonService::ref).toList();
		ProgrammeRef chosen = null;
		if (programmeId != null) {
			chosen = options.stream()
				.filter((option) -> option.id() == programmeId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Programme " + programmeId + " of plan " + planId));
		}
		List<PeriodOption> periodOptions = periodOptions(periods, published, from, to);
		LocalDate today = LocalDate.now(this.clock);
		RisksAsAt risksAsAt = new RisksAsAt(DisplayDates.format(QuarterActions.judgedOn(from, today)),
				DisplayDates.format(QuarterActions.judgedOn(to, today)));
		if (from.getId().equals(to.getId())) {
			return new QuarterComparison(planId, plan.getTitle(), plan.getProgrammeTerm(),
					plan.programmeTermCapitalised(), RagViewService.period(from), RagViewService.period(to),
					periodOptions, options, chosen, List.of(), List.of(), 0, new Totals(0, 0, 0, 0, 0, 0, 0),
					risksAsAt);
		}
		List<ImprovementProgramme> compared = (chosen == null) ? all
				: all.stream().filter((programme) -> programme.getId() == programmeId.longValue()).toList();

		QuarterlyReturns returns = this.reports.returnsIn(List.of(from, to));
		List<QuarterStatus> before = statuses(compared, returns, from, reader);
		List<QuarterStatus> after = statuses(compared, returns, to, reader);
		Map<Long, List<ReportMeasureRow>> tables = this.reports
			.measureRowsOf(Stream.concat(before.stream(), after.stream())
				.map(QuarterStatus::reportId)
				.filter(Objects::nonNull)
				.toList());
		boolean drafts = this.access.canReadDraftActionPlans(reader);
		Map<Long, List<QuarterAction>> actionsBefore = byProgramme(this.actions.actionsOf(planId, from, drafts));
		Map<Long, List<QuarterAction>> actionsAfter = byProgramme(this.actions.actionsOf(planId, to, drafts));
		Map<Long, List<RiskBetween>> risks = QuarterChanges.byProgramme(this.risks.risksOfPlanBetween(planId,
				QuarterActions.judgedOn(from, today), QuarterActions.judgedOn(to, today)));

		List<ProgrammeChanges> changes = new ArrayList<>();
		for (int i = 0; i < compared.size(); i++) {
			ImprovementProgramme programme = compared.get(i);
			long id = programme.getId();
			// A quarter without a measures table (no report, or a record of a report held
			// without one) has not lost its measures, so tables are compared only when
			// both
			// quarters show one.
			List<MeasureInQuarter> tableBefore = measuresOf(tables, before.get(i));
			List<MeasureInQuarter> tableAfter = measuresOf(tables, after.get(i));
			boolean measuresCompared = !tableBefore.isEmpty() && !tableAfter.isEmpty();
			Listed<MeasureChange> measures = measuresCompared ? QuarterChanges.measures(tableBefore, tableAfter)
					: new Listed<>(List.of(), 0);
			Listed<ActionChange> actionChanges = QuarterChanges.actions(actionsBefore.getOrDefault(id, List.of()),
					actionsAfter.getOrDefault(id, List.of()));
			Listed<RiskChange> riskChanges = QuarterChanges.risks(risks.getOrDefault(id, List.of()));
			changes.add(new ProgrammeChanges(ref(programme), QuarterChanges.status(before.get(i), after.get(i)),
					measuresCompared, measures.changed(), measures.unchanged(), actionChanges.changed(),
					actionChanges.unchanged(), riskChanges.changed(), riskChanges.unchanged()));
		}
		Listed<RiskChange> planWide = (chosen == null) ? QuarterChanges.risks(risks.getOrDefault(null, List.of()))
				: new Listed<>(List.of(), 0);
		return new QuarterComparison(planId, plan.getTitle(), plan.getProgrammeTerm(), plan.programmeTermCapitalised(),
				RagViewService.period(from), RagViewService.period(to), periodOptions, options, chosen,
				List.copyOf(changes), planWide.changed(), planWide.unchanged(), totals(changes, planWide.changed()),
				risksAsAt);
	}

	private List<QuarterStatus> statuses(List<ImprovementProgramme> programmes, QuarterlyReturns returns,
			ReportingPeriod period, Authentication reader) {
		return programmes.stream().map((programme) -> {
			Predicate<HighlightReport> canView = (report) -> this.access.canView(reader, programme.getId(),
					report.getState().visibility());
			return QuarterStatus.of(returns.of(programme.getId(), period), canView);
		}).toList();
	}

	private static List<MeasureInQuarter> measuresOf(Map<Long, List<ReportMeasureRow>> tables, QuarterStatus status) {
		if (status.reportId() == null) {
			return List.of();
		}
		return tables.getOrDefault(status.reportId(), List.of()).stream().map((row) -> {
			Measure measure = row.getMeasure();
			MeasureValue value = row.getCurrentValue();
			return new MeasureInQuarter(measure.getId(), measure.getName(), measure.getUnit(), measure.getPolarity(),
					measure.getDecimalPlaces(), measure.getTargetValue(),
					(value != null) ? value.getNumericValue() : null, (value != null) ? value.getReportedText() : null,
					(value != null) ? value.getPeriodLabel() : null, value != null && value.isDefinitionChanged());
		}).toList();
	}

	private static Map<Long, List<QuarterAction>> byProgramme(List<QuarterAction> actions) {
		Map<Long, List<QuarterAction>> grouped = new HashMap<>();
		actions
			.forEach((action) -> grouped.computeIfAbsent(action.programmeId(), (key) -> new ArrayList<>()).add(action));
		return grouped;
	}

	private static Totals totals(List<ProgrammeChanges> changes, List<RiskChange> planWide) {
		int improved = 0;
		int declined = 0;
		int measuresImproved = 0;
		int measuresDeteriorated = 0;
		int actionsChanged = 0;
		List<RiskChange> allRisks = new ArrayList<>(planWide);
		for (ProgrammeChanges programme : changes) {
			if (programme.status().changed() && programme.status().trend() == StatusTrend.IMPROVING) {
				improved++;
			}
			if (programme.status().changed() && programme.status().trend() == StatusTrend.DECLINING) {
				declined++;
			}
			measuresImproved += (int) programme.measures()
				.stream()
				.filter((measure) -> measure.direction() == DirectionOfTravel.IMPROVED)
				.count();
			measuresDeteriorated += (int) programme.measures()
				.stream()
				.filter((measure) -> measure.direction() == DirectionOfTravel.DETERIORATED)
				.count();
			actionsChanged += programme.actions().size();
			allRisks.addAll(programme.risks());
		}
		int up = (int) allRisks.stream().filter((risk) -> risk.movement() == RiskMovement.UP).count();
		int down = (int) allRisks.stream().filter((risk) -> risk.movement() == RiskMovement.DOWN).count();
		return new Totals(improved, declined, measuresImproved, measuresDeteriorated, actionsChanged, up, down);
	}

	/**
	 * The quarters offered for choosing: those that have opened or have anything
	 * published, and the two compared whatever they are.
	 */
	private static List<PeriodOption> periodOptions(List<ReportingPeriod> periods, Set<Long> published,
			ReportingPeriod from, ReportingPeriod to) {
		return periods.stream()
			.filter((period) -> period.getState() != ReportingPeriodState.UPCOMING || published.contains(period.getId())
					|| period.getId().equals(from.getId()) || period.getId().equals(to.getId()))
			.map((period) -> new PeriodOption(period.getId(), period.longLabel(), published.contains(period.getId())))
			.toList();
	}

	/**
	 * The quarter compared with the later one by default: the latest before it with
	 * anything published; failing that, the one just before it; failing that, itself.
	 */
	static ReportingPeriod defaultFrom(List<ReportingPeriod> periods, Set<Long> published, ReportingPeriod to) {
		ReportingPeriod latestPublished = null;
		ReportingPeriod justBefore = null;
		for (ReportingPeriod period : periods) {
			if (period.quarter().compareTo(to.quarter()) >= 0) {
				continue;
			}
			justBefore = period;
			if (published.contains(period.getId())) {
				latestPublished = period;
			}
		}
		return (latestPublished != null) ? latestPublished : (justBefore != null) ? justBefore : to;
	}

	private static ReportingPeriod periodOf(List<ReportingPeriod> periods, long periodId, long planId) {
		return periods.stream()
			.filter((period) -> period.getId() == periodId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Reporting period " + periodId + " of plan " + planId));
	}

	private static ProgrammeRef ref(ImprovementProgramme programme) {
		return new ProgrammeRef(programme.getId(), programme.getNumber(), programme.getTitle());
	}

}
