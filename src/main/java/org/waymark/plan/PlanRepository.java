package org.waymark.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findByStatusOrderByFirstYearDescIdDesc(PlanStatus status);

	List<Plan> findAllByOrderByFirstYearDescIdDesc();

	Optional<Plan> findByShortNameIgnoreCase(String shortName);

}
