package org.waymark.action;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** What the action plan pages read and change: one query per list a page shows. */
interface ActionPlanEditRepository extends Repository<ActionPlan, Long> {

	ActionPlan save(ActionPlan plan);

	/**
	 * Writes pending changes, so that objectives and actions just added to a loaded plan
	 * have ids (saving a loaded plan would merge them as copies).
	 */
	void flush();

	/** A plan with its programme, the programme's plan and the plan's objectives. */
	@Query("select distinct ap from ActionPlan ap join fetch ap.programme p join fetch p.plan"
			+ " left join fetch ap.objectives where ap.id = :id")
	Optional<ActionPlan> findWithObjectives(long id);

	@Query("select ap from ActionPlan ap where ap.programme.id = :programmeId order by ap.financialYear desc")
	List<ActionPlan> findByProgramme(long programmeId);

	@Query("select ap.financialYear from ActionPlan ap where ap.programme.id = :programmeId")
	List<Integer> yearsWithPlans(long programmeId);

	@Query("select count(ap) > 0 from ActionPlan ap where ap.programme.id = :programmeId"
			+ " and ap.financialYear = :financialYear")
	boolean existsForYear(long programmeId, int financialYear);

	/** Loads the recommendations of one plan's actions into the persistence context. */
	@Query("select distinct a from Action a left join fetch a.recommendations where a.objective.actionPlan.id = :id")
	List<Action> fetchRecommendations(long id);

	/** Loads the measures of one plan's actions into the persistence context. */
	@Query("select distinct a from Action a left join fetch a.measures where a.objective.actionPlan.id = :id")
	List<Action> fetchMeasures(long id);

	/**
	 * Loads the dated deadline parts of one plan's actions into the persistence context.
	 */
	@Query("select distinct a from Action a left join fetch a.deadlineParts where a.objective.actionPlan.id = :id")
	List<Action> fetchDeadlineParts(long id);

	/**
	 * Loads the actions each of the plan's actions was carried from, with their plans.
	 */
	@Query("select a from Action a join fetch a.carriedFrom c join fetch c.objective co join fetch co.actionPlan"
			+ " where a.objective.actionPlan.id = :id")
	List<Action> fetchCarriedFrom(long id);

	@Query("select r from Recommendation r where r.plan.id = :planId order by r.source, r.number")
	List<Recommendation> recommendationsOf(long planId);

	@Query("select count(u) from ActionUpdate u where u.action.id = :actionId")
	long countUpdates(long actionId);

	@Query("select count(a) from Action a where a.carriedFrom.id = :actionId")
	long countCarriedInto(long actionId);

}
