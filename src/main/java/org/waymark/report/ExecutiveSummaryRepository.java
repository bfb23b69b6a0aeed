package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.waymark.plan.Quarter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Executive summaries. Where a quarter's summary has been published more than once, the
 * published rows read elsewhere are the latest published revision's.
 */
interface ExecutiveSummaryRepository extends JpaRepository<ExecutiveSummary, Long> {

	/** Every revision of a quarter's summary, first to latest. */
	@Query("select s from ExecutiveSummary s where s.reportingPeriod.id = :periodId order by s.revision")
	List<ExecutiveSummary> findRevisions(long periodId);

	/** Whether a quarter has a published summary (one statement). */
	@Query("select count(s) > 0 from ExecutiveSummary s where s.reportingPeriod.id = :periodId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED")
	boolean existsPublished(long periodId);

	/** A summary with its status table and each row's programme. */
	@Query("select distinct s from ExecutiveSummary s left join fetch s.statusRows row left join fetch row.programme"
			+ " where s.id = :id")
	Optional<ExecutiveSummary> findWithStatusRows(long id);

	/** A summary's points, each with its programme, in order. */
	@Query("select i from ExecutiveSummaryItem i left join fetch i.programme where i.summary.id = :summaryId"
			+ " order by i.position")
	List<ExecutiveSummaryItem> findItemsOf(long summaryId);

	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " join fetch row.programme where s.reportingPeriod.id in :periodIds"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED"
			+ " and s.revision = (select max(s2.revision) from ExecutiveSummary s2"
			+ " where s2.reportingPeriod = s.reportingPeriod"
			+ " and s2.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED)")
	List<ExecutiveSummaryStatus> findPublishedRowsInPeriods(Collection<Long> periodIds);

	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " join fetch row.programme where row.programme.id = :programmeId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED"
			+ " and s.revision = (select max(s2.revision) from ExecutiveSummary s2"
			+ " where s2.reportingPeriod = s.reportingPeriod"
			+ " and s2.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED)")
	List<ExecutiveSummaryStatus> findPublishedRowsOfProgramme(long programmeId);

	@Query("select row from ExecutiveSummaryStatus row join row.summary s where row.programme.id = :programmeId"
			+ " and s.reportingPeriod.plan.id = :planId and s.reportingPeriod.financialYear = :financialYear"
			+ " and s.reportingPeriod.quarter = :quarter"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED"
			+ " and s.revision = (select max(s2.revision) from ExecutiveSummary s2"
			+ " where s2.reportingPeriod = s.reportingPeriod"
			+ " and s2.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED)")
	List<ExecutiveSummaryStatus> findPublishedRow(long programmeId, long planId, int financialYear, Quarter quarter);

	/** The published status rows of the given programmes, for their status trends. */
	@Query("select row from ExecutiveSummaryStatus row join fetch row.summary s join fetch s.reportingPeriod"
			+ " where row.programme.id in :programmeIds"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED"
			+ " and s.revision = (select max(s2.revision) from ExecutiveSummary s2"
			+ " where s2.reportingPeriod = s.reportingPeriod"
			+ " and s2.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED)")
	List<ExecutiveSummaryStatus> findPublishedRowsOfProgrammes(Collection<Long> programmeIds);

	/**
	 * A quarter's executive summary as published (its latest published revision), with
	 * its status table.
	 */
	@Query("select distinct s from ExecutiveSummary s join fetch s.reportingPeriod rp join fetch rp.plan"
			+ " left join fetch s.statusRows row left join fetch row.programme where rp.id = :periodId"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED"
			+ " and s.revision = (select max(s2.revision) from ExecutiveSummary s2"
			+ " where s2.reportingPeriod = s.reportingPeriod"
			+ " and s2.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED)")
	Optional<ExecutiveSummary> findPublishedOf(long periodId);

}
