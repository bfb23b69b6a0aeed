package org.waymark.risk;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface RiskRepository extends JpaRepository<Risk, Long> {

	/**
	 * The plan's risks with their programmes: plan-wide and corporate risks first, then
	 * by programme number and register position.
	 */
	// Corporate first by an explicit case rather than "nulls first": Hibernate leaves
	// "nulls first" out where it takes it for the database's default, and the embedded H2
	// runs with DEFAULT_NULL_ORDERING=HIGH, so there they came last.
	@Query("select r from Risk r left join fetch r.programme p where r.plan.id = :planId"
			+ " order by case when p.id is null then 0 else 1 end, p.number, r.position, r.id")
	List<Risk> findByPlan(long planId);

	/**
	 * Loads the assessments of the plan's risks into risks already loaded, in one
	 * statement (a second collection cannot be join-fetched with the first).
	 */
	@Query("select distinct r from Risk r left join fetch r.assessments where r.plan.id = :planId")
	List<Risk> fetchAssessmentsOfPlan(long planId);

	/** Loads the mitigations of the plan's risks into risks already loaded. */
	@Query("select distinct r from Risk r left join fetch r.mitigations where r.plan.id = :planId")
	List<Risk> fetchMitigationsOfPlan(long planId);

	@Query("select r from Risk r left join fetch r.programme p where p.id = :programmeId"
			+ " order by r.position, r.id")
	List<Risk> findByProgramme(long programmeId);

	@Query("select distinct r from Risk r left join fetch r.assessments where r.programme.id = :programmeId")
	List<Risk> fetchAssessmentsOfProgramme(long programmeId);

	@Query("select distinct r from Risk r left join fetch r.mitigations where r.programme.id = :programmeId")
	List<Risk> fetchMitigationsOfProgramme(long programmeId);

	/**
	 * A risk with its plan, programme and mitigations; assessments load with
	 * {@link #fetchAssessments}.
	 */
	@Query("select r from Risk r join fetch r.plan left join fetch r.programme left join fetch r.mitigations"
			+ " where r.id = :id")
	Optional<Risk> findForPage(long id);

	@Query("select distinct r from Risk r left join fetch r.assessments where r.id = :id")
	Optional<Risk> fetchAssessments(long id);

	/** The highest position on the plan's register, or -1 when it is empty. */
	@Query("select coalesce(max(r.position), -1) from Risk r where r.plan.id = :planId")
	int lastPosition(long planId);

}
