package org.waymark.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** What other modules' pages ask about plans and their reporting periods. */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final PlanRepository plans;

	private final ReportingPeriodRepository periods;

	PlanQueries(PlanRepository plans, ReportingPeriodRepository periods) {
		this.plans = plans;
		this.periods = periods;
	}

	/** The active plan; if several are active, the one whose first year is latest. */
	public Optional<Plan> activePlan() {
		return this.plans.findByStatusOrderByFirstYearDescIdDesc(PlanStatus.ACTIVE).stream().findFirst();
	}

	/** The plan's reporting periods in date order, each with its plan loaded. */
	public List<ReportingPeriod> periodsOf(long planId) {
		return this.periods.findByPlan(planId);
	}

	/**
	 * The quarters open for returns, across all plans, earliest first, each with its plan
	 * loaded.
	 */
	public List<ReportingPeriod> openPeriods() {
		return this.periods.findByState(ReportingPeriodState.OPEN);
	}

	/**
	 * A reporting period with its plan loaded.
	 * @throws NotFoundException if there is no such period
	 */
	public ReportingPeriod period(long periodId) {
		return this.periods.findWithPlan(periodId)
			.orElseThrow(() -> new NotFoundException("Reporting period " + periodId));
	}

	/** Every plan, latest first: for choosing which plan a dashboard shows. */
	public List<Plan> plans() {
		return this.plans.findAllByOrderByFirstYearDescIdDesc();
	}

	/**
	 * A plan.
	 * @throws NotFoundException if there is no such plan
	 */
	public Plan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan " + planId));
	}

}
