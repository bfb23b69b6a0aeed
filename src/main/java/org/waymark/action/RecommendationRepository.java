package org.waymark.action;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Recommendations, and the actions that answer them or are due, each list in one query.
 * Queries that list actions take the action plan statuses the reader may see, so that
 * draft action plans stay hidden from scrutiny.
 */
interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	@Query("select r from Recommendation r where r.plan.id = :planId order by r.source, r.number")
	List<Recommendation> findByPlan(long planId);

	@Query("select r from Recommendation r where r.plan.id = :planId and r.id = :id")
	Optional<Recommendation> findInPlan(long planId, long id);

	@Query("select distinct r.source from Recommendation r where r.plan.id = :planId order by r.source")
	List<String> sourcesOf(long planId);

	/** Whether another recommendation of the plan has the source and number. */
	@Query("select count(r) > 0 from Recommendation r where r.plan.id = :planId and r.source = :source"
			+ " and r.number = :number and r.id <> :exceptId")
	boolean numberTaken(long planId, String source, int number, long exceptId);

	/**
	 * [recommendation id, number of actions answering it] for the plan's recommendations.
	 */
	@Query("select r.id, count(a) from Action a join a.recommendations r where r.plan.id = :planId"
			+ " and a.objective.actionPlan.status in :statuses group by r.id")
	List<Object[]> countLinks(long planId, Collection<ActionPlanStatus> statuses);

	/**
	 * The actions answering a recommendation, with their objective, plan and programme.
	 */
	@Query("select a from Action a join a.recommendations r join fetch a.objective o join fetch o.actionPlan ap"
			+ " join fetch ap.programme p where r.id = :recommendationId and ap.status in :statuses"
			+ " order by ap.financialYear, p.number, o.position, a.position")
	List<Action> actionsAnswering(long recommendationId, Collection<ActionPlanStatus> statuses);

	/**
	 * [recommendation id, action] for the actions answering the source's recommendations,
	 * with their objective, plan and programme.
	 */
	@Query("select r.id, a from Action a join a.recommendations r join fetch a.objective o join fetch o.actionPlan ap"
			+ " join fetch ap.programme p where r.plan.id = :planId and r.source = :source and ap.status in :statuses")
	List<Object[]> linksOfSource(long planId, String source, Collection<ActionPlanStatus> statuses);

	/**
	 * [id of the action copied, copy] for the copies carried forward from the plan's
	 * actions, in whichever plan the copy is, with its objective, plan and programme.
	 */
	@Query("select a.carriedFrom.id, a from Action a join fetch a.objective o join fetch o.actionPlan ap"
			+ " join fetch ap.programme p where a.carriedFrom.objective.actionPlan.programme.plan.id = :planId"
			+ " and ap.status in :statuses")
	List<Object[]> carriedCopies(long planId, Collection<ActionPlanStatus> statuses);

	/**
	 * The plan's actions with a dated deadline and not complete (all programmes, or the
	 * one given), with their objective, plan and programme.
	 */
	@Query("select a from Action a join fetch a.objective o join fetch o.actionPlan ap join fetch ap.programme p"
			+ " where p.plan.id = :planId and (:programmeId is null or p.id = :programmeId)"
			+ " and a.deadline is not null and (a.brag is null or a.brag <> org.waymark.action.Brag.BLUE)"
			+ " and ap.status in :statuses")
	List<Action> openDatedActions(long planId, Long programmeId, Collection<ActionPlanStatus> statuses);

	/** The ids of the plan's actions that have been carried forward into a copy. */
	@Query("select distinct a.carriedFrom.id from Action a"
			+ " where a.carriedFrom.objective.actionPlan.programme.plan.id = :planId and a.objective.actionPlan.status in :statuses")
	List<Long> supersededIds(long planId, Collection<ActionPlanStatus> statuses);

}
