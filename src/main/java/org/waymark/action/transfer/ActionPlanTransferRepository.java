package org.waymark.action.transfer;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.Objective;
import org.waymark.action.Recommendation;

import java.util.List;
import java.util.Optional;

/**
 * Loads a whole action plan for export or import in five queries, one per list, whatever
 * its size.
 */
interface ActionPlanTransferRepository extends Repository<ActionPlan, Long> {

	@Query("select ap from ActionPlan ap join fetch ap.programme p join fetch p.plan left join fetch ap.objectives"
			+ " where ap.id = :id")
	Optional<ActionPlan> findPlan(long id);

	@Query("select distinct o from Objective o left join fetch o.subObjectives where o.actionPlan.id = :id")
	List<Objective> fetchSubObjectives(long id);

	@Query("select distinct o from Objective o left join fetch o.actions where o.actionPlan.id = :id")
	List<Objective> fetchActions(long id);

	@Query("select distinct a from Action a left join fetch a.recommendations where a.objective.actionPlan.id = :id")
	List<Action> fetchRecommendations(long id);

	@Query("select r from Recommendation r where r.plan.id = :planId order by r.source, r.number")
	List<Recommendation> recommendationsOf(long planId);

}
