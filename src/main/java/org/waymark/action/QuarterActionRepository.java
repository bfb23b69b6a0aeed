package org.waymark.action;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

interface QuarterActionRepository extends Repository<Action, Long> {

	/**
	 * The actions of the plan's programme action plans for one financial year, with their
	 * objectives, plans and programmes, in programme, objective and action order.
	 */
	@Query("select a from Action a join fetch a.objective o join fetch o.actionPlan ap join fetch ap.programme p"
			+ " where p.plan.id = :planId and ap.financialYear = :financialYear"
			+ " and (ap.status = org.waymark.action.ActionPlanStatus.FINAL or :includeDrafts = true)"
			+ " order by p.number, o.position, a.position, a.id")
	List<Action> findActionsOfYear(long planId, int financialYear, boolean includeDrafts);

	/** Every update of the plan's actions for the reporting period. */
	@Query("select u from ActionUpdate u where u.reportingPeriod.id = :periodId")
	List<ActionUpdate> findUpdatesOfPeriod(long periodId);

}
