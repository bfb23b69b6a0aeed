package org.waymark.action;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	@Query("select distinct ap from ActionPlan ap left join fetch ap.objectives where ap.programme.id = :programmeId"
			+ " order by ap.financialYear desc")
	List<ActionPlan> findWithObjectives(long programmeId);

	/**
	 * Loads the sub-objectives of the programme's objectives into the persistence
	 * context.
	 */
	@Query("select distinct o from Objective o left join fetch o.subObjectives"
			+ " where o.actionPlan.programme.id = :programmeId")
	List<Objective> fetchSubObjectives(long programmeId);

	/** Loads the actions of the programme's objectives into the persistence context. */
	@Query("select distinct o from Objective o left join fetch o.actions where o.actionPlan.programme.id = :programmeId")
	List<Objective> fetchActions(long programmeId);

	@Query("select count(a) from Action a where a.objective.actionPlan.programme.id = :programmeId"
			+ " and a.objective.actionPlan.financialYear = :financialYear")
	long countActions(long programmeId, int financialYear);

	@Query("select count(u) from ActionUpdate u where u.reportingPeriod.id = :periodId"
			+ " and u.action.objective.actionPlan.programme.id = :programmeId"
			+ " and u.action.objective.actionPlan.financialYear = :financialYear")
	long countUpdates(long programmeId, int financialYear, long periodId);

	/** A programme's action plan for one financial year, with its objectives. */
	@Query("select distinct ap from ActionPlan ap left join fetch ap.objectives where ap.programme.id = :programmeId"
			+ " and ap.financialYear = :financialYear")
	Optional<ActionPlan> findForYear(long programmeId, int financialYear);

	/** Loads the sub-objectives of one plan's objectives into the persistence context. */
	@Query("select distinct o from Objective o left join fetch o.subObjectives where o.actionPlan.id = :actionPlanId")
	List<Objective> fetchSubObjectivesOfPlan(long actionPlanId);

	/** Loads the actions of one plan's objectives into the persistence context. */
	@Query("select distinct o from Objective o left join fetch o.actions where o.actionPlan.id = :actionPlanId")
	List<Objective> fetchActionsOfPlan(long actionPlanId);

}
