package org.waymark.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findByStatusOrderByFirstYearDescIdDesc(PlanStatus status);

	List<Plan> findAllByOrderByFirstYearDescIdDesc();

}
