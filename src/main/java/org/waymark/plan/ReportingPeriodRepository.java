package org.waymark.plan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	@Query("select rp from ReportingPeriod rp join fetch rp.plan where rp.plan.id = :planId"
			+ " order by rp.financialYear, rp.quarter")
	List<ReportingPeriod> findByPlan(long planId);

	@Query("select rp from ReportingPeriod rp join fetch rp.plan where rp.state = :state"
			+ " order by rp.financialYear, rp.quarter, rp.plan.id")
	List<ReportingPeriod> findByState(ReportingPeriodState state);

	@Query("select rp from ReportingPeriod rp join fetch rp.plan where rp.id = :id")
	Optional<ReportingPeriod> findWithPlan(long id);

}
