package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ReportExemptionRepository extends JpaRepository<ReportExemption, Long> {

	@Query("select e from ReportExemption e join fetch e.programme join fetch e.reportingPeriod"
			+ " where e.reportingPeriod.id in :periodIds")
	List<ReportExemption> findInPeriods(Collection<Long> periodIds);

	@Query("select e from ReportExemption e join fetch e.programme join fetch e.reportingPeriod"
			+ " where e.programme.id = :programmeId")
	List<ReportExemption> findByProgramme(long programmeId);

}
