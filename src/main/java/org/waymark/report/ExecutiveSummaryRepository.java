package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.waymark.plan.Quarter;

import java.util.Collection;
import java.util.List;

interface ExecutiveSummaryRepository extends JpaRepository<ExecutiveSummary, Long> {

	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " join fetch row.programme where s.reportingPeriod.id in :periodIds"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	List<ExecutiveSummaryStatus> findPublishedRowsInPeriods(Collection<Long> periodIds);

	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " join fetch row.programme where row.programme.id = :programmeId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	List<ExecutiveSummaryStatus> findPublishedRowsOfProgramme(long programmeId);

	@Query("select row from ExecutiveSummaryStatus row join row.summary s where row.programme.id = :programmeId"
			+ " and s.reportingPeriod.plan.id = :planId and s.reportingPeriod.financialYear = :financialYear"
			+ " and s.reportingPeriod.quarter = :quarter"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	List<ExecutiveSummaryStatus> findPublishedRow(long programmeId, long planId, int financialYear, Quarter quarter);

}
