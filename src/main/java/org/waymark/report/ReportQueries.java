package org.waymark.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.plan.ReportingPeriod;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What other modules' pages ask about highlight reports, each answered in a fixed number
 * of queries.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private final HighlightReportRepository reports;

	private final ReportExemptionRepository exemptions;

	private final ExecutiveSummaryRepository summaries;

	private final ReportMeasureRowRepository measureRows;

	ReportQueries(HighlightReportRepository reports, ReportExemptionRepository exemptions,
			ExecutiveSummaryRepository summaries, ReportMeasureRowRepository measureRows) {
		this.reports = reports;
		this.exemptions = exemptions;
		this.summaries = summaries;
		this.measureRows = measureRows;
	}

	/**
	 * Every programme's reports, exemptions and published summary rows for the given
	 * quarters (three queries).
	 */
	public QuarterlyReturns returnsIn(Collection<ReportingPeriod> periods) {
		List<Long> ids = periods.stream().map(ReportingPeriod::getId).toList();
		if (ids.isEmpty()) {
			return new QuarterlyReturns(List.of(), List.of(), List.of());
		}
		return new QuarterlyReturns(this.reports.findInPeriods(ids), this.exemptions.findInPeriods(ids),
				this.summaries.findPublishedRowsInPeriods(ids));
	}

	/**
	 * One programme's reports, exemptions and published summary rows for every quarter
	 * (three queries).
	 */
	public QuarterlyReturns returnsOfProgramme(long programmeId) {
		return new QuarterlyReturns(this.reports.findByProgramme(programmeId),
				this.exemptions.findByProgramme(programmeId), this.summaries.findPublishedRowsOfProgramme(programmeId));
	}

	/**
	 * The plan's reporting periods for which a report or the executive summary has been
	 * published.
	 */
	public Set<Long> periodIdsWithPublishedReporting(long planId) {
		return Set.copyOf(this.reports.findPeriodIdsWithPublishedReporting(planId));
	}

	/**
	 * The measures tables of the given reports, by report id, each row with its measure
	 * and both values loaded, in table order (one query; none for no reports).
	 */
	public Map<Long, List<ReportMeasureRow>> measureRowsOf(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		return this.measureRows.findForReports(reportIds)
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getReport().getId()));
	}

	/**
	 * As {@link #measureRowsOf}, with each measure's comparators loaded too (one query;
	 * none for no reports): for exports that write the comparators out.
	 */
	public Map<Long, List<ReportMeasureRow>> measureRowsWithComparatorsOf(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		return this.measureRows.findForReportsWithComparators(reportIds)
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getReport().getId()));
	}

	/**
	 * The direction of travel each report's measures table shows for each of its measures
	 * (the lead's override where there is one), by report id; one query however many
	 * reports and rows. Reports without a measures table are absent.
	 */
	public Map<Long, List<DirectionOfTravel>> measureDirectionsOf(Collection<Long> reportIds) {
		Map<Long, List<DirectionOfTravel>> directions = new LinkedHashMap<>();
		measureRowsOf(reportIds).forEach((reportId, rows) -> directions.put(reportId,
				rows.stream().map((row) -> row.direction().shown()).toList()));
		return directions;
	}

	/**
	 * The narrative sections of the given reports, by report id (one query; none for no
	 * reports).
	 */
	public Map<Long, List<ReportSection>> sectionsOf(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		return this.reports.findSectionsOf(reportIds)
			.stream()
			.collect(Collectors.groupingBy((section) -> section.getReport().getId()));
	}

	/**
	 * The quarter's executive summary if it has been published, with its status table
	 * loaded (one query); empty while it is being drafted or was never started.
	 */
	public Optional<ExecutiveSummary> publishedSummaryOf(long periodId) {
		return this.summaries.findPublishedOf(periodId);
	}

}
