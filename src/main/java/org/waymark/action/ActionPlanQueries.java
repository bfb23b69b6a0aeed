package org.waymark.action;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.FinancialYear;

import java.util.List;

/** What other modules' pages ask about action plans. */
@Service
@Transactional(readOnly = true)
public class ActionPlanQueries {

	private final ActionPlanRepository actionPlans;

	ActionPlanQueries(ActionPlanRepository actionPlans) {
		this.actionPlans = actionPlans;
	}

	/**
	 * A programme's action plans, latest year first, with their objectives,
	 * sub-objectives and actions loaded: three queries, one per list, so no two lists are
	 * fetched in one join. Call it inside the caller's transaction to walk the lists.
	 */
	public List<ActionPlan> actionPlansOf(long programmeId) {
		List<ActionPlan> plans = this.actionPlans.findWithObjectives(programmeId);
		if (!plans.isEmpty()) {
			this.actionPlans.fetchSubObjectives(programmeId);
			this.actionPlans.fetchActions(programmeId);
		}
		return plans;
	}

	/**
	 * How many of the programme's actions for the year have an update for the quarter
	 * (two queries).
	 */
	public UpdateProgress updateProgress(long programmeId, FinancialYear year, long periodId) {
		return new UpdateProgress((int) this.actionPlans.countActions(programmeId, year.startYear()),
				(int) this.actionPlans.countUpdates(programmeId, year.startYear(), periodId));
	}

	/**
	 * @param actions the actions in the programme's plan for the year
	 * @param updated those with an update for the quarter
	 */
	public record UpdateProgress(int actions, int updated) {
	}

}
