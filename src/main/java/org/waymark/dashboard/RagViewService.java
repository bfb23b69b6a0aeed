package org.waymark.dashboard;

import jakarta.persistence.EntityManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.RagView.ProgrammeRef;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the RAG view of a plan for a quarter in a fixed number of statements: the plan,
 * its periods and programmes, the quarter's returns, and {@link QuarterItems}.
 */
@Service
@Transactional(readOnly = true)
public class RagViewService {

	private final EntityManager entityManager;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final QuarterItems items;

	private final AccessPolicy access;

	private final Clock clock;

	RagViewService(EntityManager entityManager, PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports,
			QuarterItems items, AccessPolicy access, Clock clock) {
		this.entityManager = entityManager;
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.items = items;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The view as the reader may see it: each programme's report as shown to them for the
	 * quarter, and draft action plans' actions only for those who may read drafts.
	 * @param periodId the quarter, or null for the latest with anything published
	 * @throws NotFoundException for a plan that does not exist, or a period that is not
	 * one of its
	 */
	public RagView view(long planId, Long periodId, RagFilter filter, Authentication reader) {
		PlanQuarter chosen = PlanQuarter.of(this.entityManager, this.plans, this.reports, planId, periodId);
		String today = DisplayDates.format(LocalDate.now(this.clock));
		if (chosen.selected() == null) {
			return new RagView(planId, chosen.plan().getTitle(), null, chosen.options(), filter, List.of(), today);
		}
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(planId);
		QuarterlyReturns returns = this.reports.returnsIn(List.of(chosen.selected()));
		List<QuarterStatus> statuses = programmes.stream().map((programme) -> {
			Predicate<HighlightReport> canView = (report) -> this.access.canView(reader, programme.getId(),
					report.getState().visibility());
			return QuarterStatus.of(returns.of(programme.getId(), chosen.selected()), canView);
		}).toList();
		List<RagItem> all = this.items.of(planId, chosen.selected(), statuses,
				this.access.canReadDraftActionPlans(reader));
		List<ProgrammeRef> refs = programmes.stream()
			.map((programme) -> new ProgrammeRef(programme.getId(), programme.getNumber(), programme.getTitle()))
			.toList();
		return new RagView(planId, chosen.plan().getTitle(), period(chosen.selected()), chosen.options(), filter,
				RagGroups.group(refs, all, filter), today);
	}

	static Period period(ReportingPeriod period) {
		return new Period(period.getId(), period.label(), period.longLabel(), DisplayDates.format(period.getDueDate()));
	}

	/**
	 * A plan and the quarter chosen of it.
	 *
	 * @param selected the chosen quarter, the default one, or null when the plan has none
	 */
	record PlanQuarter(Plan plan, List<ReportingPeriod> periods, ReportingPeriod selected, List<Period> options) {

		static PlanQuarter of(EntityManager entityManager, PlanQueries plans, ReportQueries reports, long planId,
				Long periodId) {
			Plan plan = entityManager.find(Plan.class, planId);
			if (plan == null) {
				throw new NotFoundException("Plan " + planId);
			}
			List<ReportingPeriod> periods = plans.periodsOf(planId);
			ReportingPeriod selected;
			if (periodId != null) {
				selected = periods.stream()
					.filter((period) -> period.getId().equals(periodId))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Reporting period " + periodId + " of plan " + planId));
			}
			else {
				selected = PlanDashboardService.defaultPeriod(periods, reports.periodIdsWithPublishedReporting(planId));
			}
			return new PlanQuarter(plan, periods, selected, periods.stream().map(RagViewService::period).toList());
		}

	}

}
