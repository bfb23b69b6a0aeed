package org.waymark.programme;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ImprovementProgrammeRepository extends JpaRepository<ImprovementProgramme, Long> {

	@Query("select p from ImprovementProgramme p left join fetch p.deliveryGroup where p.plan.id = :planId"
			+ " order by p.number")
	List<ImprovementProgramme> findByPlan(long planId);

	@Query("select p from ImprovementProgramme p left join fetch p.deliveryGroup where p.plan.id in :planIds"
			+ " order by p.plan.id, p.number")
	List<ImprovementProgramme> findByPlans(Collection<Long> planIds);

	@Query("select p from ImprovementProgramme p join fetch p.plan left join fetch p.deliveryGroup where p.id = :id")
	Optional<ImprovementProgramme> findWithPlanAndGroup(long id);

}
