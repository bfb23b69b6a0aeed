package org.waymark.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.PlanDashboard.ProgrammeRow;
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
import org.waymark.shared.DisplayDates;
import org.waymark.user.AccessPolicy;
import org.waymark.user.Role;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the plan dashboard in a fixed number of queries: the plan, its periods, its
 * programmes, and the reports, exemptions and summary rows of the chosen quarter and the
 * one before it.
 */
@Service
@Transactional(readOnly = true)
public class PlanDashboardService {

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final AccessPolicy access;

	private final Clock clock;

	PlanDashboardService(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports, AccessPolicy access,
			Clock clock) {
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The dashboard for a chosen period, or for the active plan's latest period with
	 * anything published.
	 * @param periodId the period to show, or null for the default
	 * @param reader who is looking; decides which reports' statuses count and what comes
	 * first
	 * @return the dashboard, or empty when no period was chosen and no plan is active
	 * @throws org.waymark.shared.NotFoundException if the chosen period does not exist
	 */
	public Optional<PlanDashboard> dashboard(Long periodId, Authentication reader) {
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
			Optional<Plan> active = this.plans.activePlan();
			if (active.isEmpty()) {
				return Optional.empty();
			}
			plan = active.get();
			periods = this.plans.periodsOf(plan.getId());
			selected = defaultPeriod(periods, this.reports.periodIdsWithPublishedReporting(plan.getId()));
		}
		List<Period> options = periods.stream().map(PlanDashboardService::period).toList();
		if (selected == null) {
			return Optional.of(new PlanDashboard(plan.getId(), plan.getTitle(), null, options, List.of()));
		}
		ReportingPeriod previous = previous(periods, selected);
		List<ReportingPeriod> loaded = (previous != null) ? List.of(selected, previous) : List.of(selected);
		QuarterlyReturns returns = this.reports.returnsIn(loaded);
		LocalDate today = LocalDate.now(this.clock);
		WaymarkUser user = user(reader);
		List<ProgrammeRow> rows = new ArrayList<>();
		for (ImprovementProgramme programme : this.programmes.programmesOf(plan.getId())) {
			rows.add(row(programme, returns, selected, previous, reader, user, today));
		}
		if (user != null && user.hasRole(Role.SCRUTINY)) {
			rows.sort(Comparator.comparing((ProgrammeRow row) -> !row.championed())
				.thenComparingInt(ProgrammeRow::number));
		}
		return Optional
			.of(new PlanDashboard(plan.getId(), plan.getTitle(), period(selected), options, List.copyOf(rows)));
	}

	private ProgrammeRow row(ImprovementProgramme programme, QuarterlyReturns returns, ReportingPeriod selected,
			ReportingPeriod previous, Authentication reader, WaymarkUser user, LocalDate today) {
		long programmeId = programme.getId();
		ProgrammeQuarter quarter = returns.of(programmeId, selected);
		Predicate<HighlightReport> canView = (report) -> this.access.canView(reader, programmeId,
				report.getState().visibility());
		Optional<HighlightReport> visible = quarter.latestVisible(canView);
		Rag status = visible.flatMap(HighlightReport::status).orElse(null);
		boolean fromSummary = false;
		if (status == null && visible.isEmpty() && quarter.isExempt() && quarter.summaryRow() != null) {
			status = quarter.summaryRow().getStatus();
			fromSummary = status != null;
		}
		StatusTrend trend = null;
		if (status != null) {
			Rag before = (previous != null) ? returns.of(programmeId, previous).publishedStatus().orElse(null) : null;
			trend = StatusTrend.between(before, status);
		}
		return new ProgrammeRow(programmeId, programme.getNumber(), programme.getTitle(),
				user != null && user.champions(programmeId), status, fromSummary, trend, quarter.returnStatus(today),
				quarter.isExempt() ? quarter.exemption().getReason() : null,
				visible.map(HighlightReport::getId).orElse(null));
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

	private static ReportingPeriod previous(List<ReportingPeriod> periods, ReportingPeriod selected) {
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
