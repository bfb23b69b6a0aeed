package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.waymark.plan.Quarter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	/** The published status rows of the given programmes, for their status trends. */
	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " where row.programme.id in :programmeIds"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	List<ExecutiveSummaryStatus> findPublishedRowsOfProgrammes(Collection<Long> programmeIds);

	/** A quarter's executive summary if it is published, with its status table. */
	@Query("select distinct s from ExecutiveSummary s join fetch s.reportingPeriod rp join fetch rp.plan"
			+ " left join fetch s.statusRows row left join fetch row.programme where rp.id = :periodId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	Optional<ExecutiveSummary> findPublishedOf(long periodId);

	@Query("select count(s) > 0 from ExecutiveSummary s where s.reportingPeriod.id = :periodId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	boolean isPublished(long periodId);

}
