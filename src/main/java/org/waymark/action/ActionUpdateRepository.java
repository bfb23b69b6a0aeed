package org.waymark.action;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.waymark.plan.Quarter;

import java.util.Collection;
import java.util.List;

interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

	/** The updates of the given actions for one reporting period. */
	@Query("select u from ActionUpdate u where u.reportingPeriod.id = :periodId and u.action.id in :actionIds")
	List<ActionUpdate> findForPeriod(Collection<Long> actionIds, long periodId);

	/**
	 * The updates of the given actions for a quarter of a plan, found by the quarter
	 * rather than the period's id.
	 */
	@Query("select u from ActionUpdate u join fetch u.reportingPeriod rp where rp.plan.id = :planId"
			+ " and rp.financialYear = :financialYear and rp.quarter = :quarter and u.action.id in :actionIds")
	List<ActionUpdate> findForQuarter(Collection<Long> actionIds, long planId, int financialYear, Quarter quarter);

}
