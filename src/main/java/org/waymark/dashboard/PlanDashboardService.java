package org.waymark.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.PlanDashboard.PlanOption;
import org.waymark.dashboard.PlanDashboard.ProgrammeRow;
import org.waymark.dashboard.PlanDashboard.StatusCell;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.Rag;
import org.waymark.report.ReportQueries;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskQueries;
import org.waymark.risk.RiskSummary;
import org.waymark.shared.DisplayDates;
import org.waymark.user.AccessPolicy;
import org.waymark.user.Role;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the plan dashboard in a fixed number of queries: the plan, its periods, its
 * programmes, the reports, exemptions and summary rows of every quarter of the plan (for
 * the status history), the measures tables of the reports shown, the plan's actions for
 * the quarter, and the plan's risks.
 */
@Service
@Transactional(readOnly = true)
public class PlanDashboardService {

	/**
	 * An exemption's reason is cut to this length in its row, so one long reason cannot
	 * stretch the table; the quarter view gives it in full.
	 */
	static final int EXEMPTION_LENGTH = 90;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final AccessPolicy access;

	private static final BragCounts NO_ACTIONS = BragCounts.of(List.of());

	private final RiskQueries risks;

	private final QuarterActions actions;

	private final Clock clock;

	PlanDashboardService(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports, RiskQueries risks,
			QuarterActions actions, AccessPolicy access, Clock clock) {
		this.actions = actions;
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.risks = risks;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The dashboard for a chosen period, for a chosen plan's default period, or for the
	 * active plan's default period: the latest with anything published.
	 * @param periodId the period to show, or null for the plan's default
	 * @param planId the plan to show when no period is chosen, or null for the active
	 * plan
	 * @param reader who is looking; decides which reports' statuses count and what comes
	 * first
	 * @return the dashboard, or empty when nothing was chosen and no plan is active
	 * @throws org.waymark.shared.NotFoundException if the chosen period or plan does not
	 * exist
	 */
	public Optional<PlanDashboard> dashboard(Long periodId, Long planId, Authentication reader) {
		Plan plan;
		List<ReportingPeriod> periods;
		ReportingPeriod selected;
		if (periodId != null) {
			ReportingPeriod chosen = this.plans.period(periodId);
			plan = chosen.getPlan();
			periods = this.plans.periodsOf(plan.getId());
			selected = periods.stream().filter((p) -> p.getId().equals(chosen.getId())).findFirst().orElse(chosen);
		}
		else {
			Optional<Plan> shown = (planId != null) ? Optional.of(this.plans.plan(planId)) : this.plans.activePlan();
			if (shown.isEmpty()) {
				return Optional.empty();
			}
			plan = shown.get();
			periods = this.plans.periodsOf(plan.getId());
			selected = defaultPeriod(periods, this.reports.periodIdsWithPublishedReporting(plan.getId()));
		}
		List<Period> options = periods.stream().map(PlanDashboardService::period).toList();
		List<PlanOption> planOptions = this.plans.plans()
			.stream()
			.map((p) -> new PlanOption(p.getId(), p.getTitle()))
			.toList();
		if (selected == null) {
			return Optional.of(new PlanDashboard(plan.getId(), plan.getTitle(), null, options, List.of(), planOptions,
					0, plan.programmeTermCapitalised()));
		}
		// Every quarter of the plan in one go: the selected one, the one before it (for
		// the trend) and the rest (for each programme's status history).
		QuarterlyReturns returns = this.reports.returnsIn(periods);
		ReportingPeriod previous = previous(periods, selected);
		LocalDate today = LocalDate.now(this.clock);
		WaymarkUser user = user(reader);
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(plan.getId());
		Map<Long, ShownQuarter> shown = new HashMap<>();
		for (ImprovementProgramme programme : programmes) {
			shown.put(programme.getId(),
					ShownQuarter.of(returns.of(programme.getId(), selected), canView(reader, programme.getId())));
		}
		Map<Long, List<DirectionOfTravel>> directions = this.reports
			.measureDirectionsOf(shown.values().stream().map(ShownQuarter::reportId).filter(Objects::nonNull).toList());
		HighRisks highRisks = HighRisks.of(this.risks.risksOfPlan(plan.getId()));
		Map<Long, BragCounts> actions = QuarterActions.countsByProgramme(
				this.actions.actionsOf(plan.getId(), selected, this.access.canReadDraftActionPlans(reader)));
		List<ProgrammeRow> rows = new ArrayList<>();
		for (ImprovementProgramme programme : programmes) {
			// A retired programme is asked for no new return (docs/domain-rules.md).
			if (!programme.isAskedForReturns(returns.of(programme.getId(), selected).latestRevision().isPresent())) {
				continue;
			}
			ShownQuarter quarter = shown.get(programme.getId());
			rows.add(row(programme, quarter, returns, periods, selected, previous, reader, user, today,
					actions.getOrDefault(programme.getId(), NO_ACTIONS),
					MeasureMovement.of((quarter.reportId() != null) ? directions.get(quarter.reportId()) : null),
					highRisks.of(programme.getId())));
		}
		if (user != null && user.hasRole(Role.SCRUTINY)) {
			rows.sort(Comparator.comparing((ProgrammeRow row) -> !row.championed())
				.thenComparingInt(ProgrammeRow::number));
		}
		return Optional.of(new PlanDashboard(plan.getId(), plan.getTitle(), period(selected), options,
				List.copyOf(rows), planOptions, highRisks.planWide(), plan.programmeTermCapitalised()));
	}

	private ProgrammeRow row(ImprovementProgramme programme, ShownQuarter quarter, QuarterlyReturns returns,
			List<ReportingPeriod> periods, ReportingPeriod selected, ReportingPeriod previous, Authentication reader,
			WaymarkUser user, LocalDate today, BragCounts actions, MeasureMovement measures, int highRisks) {
		long programmeId = programme.getId();
		Rag status = quarter.status();
		StatusTrend trend = (status != null) ? trend(returns, programmeId, previous, status) : null;
		Predicate<HighlightReport> canView = canView(reader, programmeId);
		List<StatusCell> history = periods.stream()
			.map((period) -> new StatusCell(period.getId(), period.label(),
					ShownQuarter.of(returns.of(programmeId, period), canView).status(),
					period.getId().equals(selected.getId())))
			.toList();
		ProgrammeQuarter recorded = quarter.quarter();
		return new ProgrammeRow(programmeId, programme.getNumber(), programme.getTitle(),
				user != null && user.champions(programmeId), status, quarter.statusFromSummary(), trend,
				recorded.returnStatus(today),
				recorded.isExempt() ? Excerpts.shorten(recorded.exemption().getReason(), EXEMPTION_LENGTH) : null,
				quarter.reportId(), actions, measures, highRisks, history);
	}

	/**
	 * The trend of a status against the previous quarter's published one ("new" with no
	 * previous quarter or nothing published for it).
	 */
	public static StatusTrend trend(QuarterlyReturns returns, long programmeId, ReportingPeriod previous, Rag status) {
		Rag before = (previous != null) ? returns.of(programmeId, previous).publishedStatus().orElse(null) : null;
		return StatusTrend.between(before, status);
	}

	private Predicate<HighlightReport> canView(Authentication reader, long programmeId) {
		return (report) -> this.access.canView(reader, programmeId, report.getState().visibility());
	}

	/**
	 * Open risks in the high band, counted per programme register and for the plan-wide
	 * (corporate) register, as they stand today: risks have no quarters.
	 */
	record HighRisks(Map<Long, Integer> byProgramme, int planWide) {

		static HighRisks of(List<RiskSummary> risks) {
			Map<Long, Integer> byProgramme = new HashMap<>();
			int planWide = 0;
			for (RiskSummary risk : risks) {
				if (!risk.isOpen() || risk.band() != RiskBand.HIGH) {
					continue;
				}
				if (risk.programmeId() == null) {
					planWide++;
				}
				else {
					byProgramme.merge(risk.programmeId(), 1, Integer::sum);
				}
			}
			return new HighRisks(Map.copyOf(byProgramme), planWide);
		}

		int of(long programmeId) {
			return this.byProgramme.getOrDefault(programmeId, 0);
		}

	}

	/**
	 * The latest period with anything published; failing that, the latest period that has
	 * opened; failing that, the first.
	 */
	static ReportingPeriod defaultPeriod(List<ReportingPeriod> periods, Set<Long> withPublishedReporting) {
		ReportingPeriod opened = null;
		ReportingPeriod published = null;
		for (ReportingPeriod period : periods) {
			if (withPublishedReporting.contains(period.getId())) {
				published = period;
			}
			if (period.getState() != ReportingPeriodState.UPCOMING) {
				opened = period;
			}
		}
		if (published != null) {
			return published;
		}
		if (opened != null) {
			return opened;
		}
		return periods.isEmpty() ? null : periods.get(0);
	}

	/**
	 * The quarter before the selected one among a plan's periods, or null for its first.
	 */
	public static ReportingPeriod previous(List<ReportingPeriod> periods, ReportingPeriod selected) {
		ReportingQuarter wanted = selected.quarter().previous();
		return periods.stream().filter((p) -> p.quarter().equals(wanted)).findFirst().orElse(null);
	}

	private static Period period(ReportingPeriod period) {
		return new Period(period.getId(), period.label(), period.longLabel(), DisplayDates.format(period.getDueDate()));
	}

	private static WaymarkUser user(Authentication reader) {
		return (reader != null && reader.getPrincipal() instanceof WaymarkUser user) ? user : null;
	}

}
