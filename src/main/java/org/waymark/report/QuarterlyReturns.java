package org.waymark.report;

import org.waymark.plan.ReportingPeriod;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports, exemptions and published executive-summary rows loaded for a set of
 * quarters, so a page can look up any programme's quarter without another query.
 */
public final class QuarterlyReturns {

	private record Key(long programmeId, long periodId) {
	}

	private final Map<Key, List<HighlightReport>> reports;

	private final Map<Key, ReportExemption> exemptions;

	private final Map<Key, ExecutiveSummaryStatus> summaryRows;

	private final List<ReportingPeriod> periodsWithReturns;

	public QuarterlyReturns(List<HighlightReport> reports, List<ReportExemption> exemptions,
			List<ExecutiveSummaryStatus> summaryRows) {
		this.reports = reports.stream()
			.collect(Collectors.groupingBy((r) -> key(r.getProgramme().getId(), r.getReportingPeriod())));
		this.exemptions = exemptions.stream()
			.collect(Collectors.toMap((e) -> key(e.getProgramme().getId(), e.getReportingPeriod()), Function.identity(),
					(first, second) -> first));
		this.summaryRows = summaryRows.stream()
			.collect(Collectors.toMap((row) -> key(row.getProgramme().getId(), row.getSummary().getReportingPeriod()),
					Function.identity(), (first, second) -> first));
		Map<Long, ReportingPeriod> periods = new HashMap<>();
		reports.forEach((r) -> periods.putIfAbsent(r.getReportingPeriod().getId(), r.getReportingPeriod()));
		exemptions.forEach((e) -> periods.putIfAbsent(e.getReportingPeriod().getId(), e.getReportingPeriod()));
		this.periodsWithReturns = periods.values()
			.stream()
			.sorted(Comparator.comparing(ReportingPeriod::quarter).reversed())
			.toList();
	}

	/**
	 * The quarters that have a report or an exemption among those loaded, latest first.
	 */
	public List<ReportingPeriod> periodsWithReturns() {
		return this.periodsWithReturns;
	}

	public ProgrammeQuarter of(long programmeId, ReportingPeriod period) {
		Key key = key(programmeId, period);
		return new ProgrammeQuarter(programmeId, period, this.reports.getOrDefault(key, List.of()),
				this.exemptions.get(key), this.summaryRows.get(key));
	}

	private static Key key(long programmeId, ReportingPeriod period) {
		return new Key(programmeId, period.getId());
	}

}
