package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.waymark.plan.Quarter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HighlightReportRepository extends JpaRepository<HighlightReport, Long> {

	/** The report with everything its read view shows above the measures table. */
	@Query("select r from HighlightReport r join fetch r.programme p left join fetch p.deliveryGroup"
			+ " join fetch r.reportingPeriod rp join fetch rp.plan left join fetch r.sections where r.id = :id")
	Optional<HighlightReport> findForView(long id);

	@Query("select r from HighlightReport r join fetch r.programme join fetch r.reportingPeriod rp join fetch rp.plan"
			+ " where rp.id in :periodIds")
	List<HighlightReport> findInPeriods(Collection<Long> periodIds);

	@Query("select r from HighlightReport r join fetch r.programme join fetch r.reportingPeriod rp join fetch rp.plan"
			+ " where r.programme.id = :programmeId")
	List<HighlightReport> findByProgramme(long programmeId);

	/**
	 * A programme's published reports for one quarter of a plan, found by the quarter
	 * rather than the period's id.
	 */
	@Query("select r from HighlightReport r where r.programme.id = :programmeId and r.reportingPeriod.plan.id = :planId"
			+ " and r.reportingPeriod.financialYear = :financialYear and r.reportingPeriod.quarter = :quarter"
			+ " and r.state = org.waymark.report.ReportState.PUBLISHED")
	List<HighlightReport> findPublished(long programmeId, long planId, int financialYear, Quarter quarter);

	@Query("select rp.id from ReportingPeriod rp where rp.plan.id = :planId and ("
			+ " exists (select 1 from HighlightReport r where r.reportingPeriod = rp"
			+ " and r.state = org.waymark.report.ReportState.PUBLISHED)"
			+ " or exists (select 1 from ExecutiveSummary s where s.reportingPeriod = rp"
			+ " and s.state = org.waymark.report.ExecutiveSummaryState.PUBLISHED))")
	List<Long> findPeriodIdsWithPublishedReporting(long planId);

	/** Every revision of a programme's report for one reporting period. */
	@Query("select r from HighlightReport r where r.programme.id = :programmeId"
			+ " and r.reportingPeriod.id = :periodId order by r.revision")
	List<HighlightReport> findRevisions(long programmeId, long periodId);

	/** Reports in a state, e.g. those waiting for the business manager. */
	@Query("select r from HighlightReport r join fetch r.programme join fetch r.reportingPeriod rp join fetch rp.plan"
			+ " where r.state = :state order by r.submittedAt")
	List<HighlightReport> findInState(ReportState state);

	/**
	 * The narrative sections of several reports, in one query (the quarter view, the RAG
	 * view and the scrutiny summary).
	 */
	@Query("select s from ReportSection s where s.report.id in :reportIds")
	List<ReportSection> findSectionsOf(Collection<Long> reportIds);

	/**
	 * Several reports with everything their read view shows above the measures table (for
	 * the committee pack).
	 */
	@Query("select distinct r from HighlightReport r join fetch r.programme p left join fetch p.deliveryGroup"
			+ " join fetch r.reportingPeriod rp join fetch rp.plan left join fetch r.sections where r.id in :ids")
	List<HighlightReport> findForViews(Collection<Long> ids);

	/** Loads the risks the given reports name, so reading them needs no further query. */
	@Query("select distinct r from HighlightReport r left join fetch r.risks where r.id in :ids")
	List<HighlightReport> fetchRisksOf(Collection<Long> ids);

	/** Every published report of the given programmes, for their status trends. */
	@Query("select r from HighlightReport r join fetch r.reportingPeriod rp where r.programme.id in :programmeIds"
			+ " and r.state = org.waymark.report.ReportState.PUBLISHED")
	List<HighlightReport> findPublishedOfProgrammes(Collection<Long> programmeIds);

}
