package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ReportMeasureRowRepository extends JpaRepository<ReportMeasureRow, Long> {

	/**
	 * A report's measures table with each measure's comparators and both values, in one
	 * query.
	 */
	@Query("select row from ReportMeasureRow row join fetch row.measure m left join fetch m.comparators"
			+ " left join fetch row.currentValue left join fetch row.previousValue"
			+ " where row.report.id = :reportId order by row.position")
	List<ReportMeasureRow> findForReport(long reportId);

	/**
	 * The report's rows with this quarter's values, enough to tell which are answered.
	 */
	@Query("select row from ReportMeasureRow row left join fetch row.currentValue where row.report.id = :reportId"
			+ " order by row.position")
	List<ReportMeasureRow> findWithCurrentValues(long reportId);

	/**
	 * The report's current values that another report's rows also show: those a
	 * correction took over from the revision it corrects.
	 */
	@Query("select distinct row.currentValue.id from ReportMeasureRow row where row.report.id = :reportId"
			+ " and exists (select 1 from ReportMeasureRow other where other.currentValue = row.currentValue"
			+ " and other.report.id <> :reportId)")
	List<Long> findCurrentValuesSharedWithOthers(long reportId);

	/**
	 * The measures tables of several reports, each row with its measure and both values,
	 * in table order, in one query: the plan dashboard's counts of measures improved, the
	 * same and deteriorated, the RAG view and the scrutiny summary.
	 */
	@Query("select row from ReportMeasureRow row join fetch row.measure left join fetch row.currentValue"
			+ " left join fetch row.previousValue where row.report.id in :reportIds order by row.position")
	List<ReportMeasureRow> findForReports(Collection<Long> reportIds);

	/**
	 * As {@link #findForReports}, with each measure's comparators too, for the exports
	 * that write them out: still one query.
	 */
	@Query("select row from ReportMeasureRow row join fetch row.measure m left join fetch m.comparators"
			+ " left join fetch row.currentValue left join fetch row.previousValue where row.report.id in :reportIds"
			+ " order by row.position")
	List<ReportMeasureRow> findForReportsWithComparators(Collection<Long> reportIds);

}
