package org.waymark.report;

import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.FormattedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a quarter's highlight reports into what an executive summary is drafted from:
 * each programme's status row (from its submitted or published report, else its
 * exemption, else "not received") and the points of each report section, filed under the
 * summary section they belong in and attributed to their programme. A pure function of
 * what it is given, so it is tested without a database.
 */
public final class SummaryCompiler {

	private SummaryCompiler() {
	}

	/**
	 * @param programmes the plan's programmes, in order
	 * @param returns the reports and exemptions of the quarter and the one before
	 * @param period the quarter summarised
	 * @param previous the quarter before, for the trend; {@code null} for the plan's
	 * first
	 * @param sections the narrative sections of the quarter's reports, by report id
	 */
	public static SummarySource compile(List<ImprovementProgramme> programmes, QuarterlyReturns returns,
			ReportingPeriod period, ReportingPeriod previous, Map<Long, List<ReportSection>> sections) {
		List<SummarySource.Row> rows = new ArrayList<>();
		List<SummarySource.Item> items = new ArrayList<>();
		for (ImprovementProgramme programme : programmes) {
			ProgrammeQuarter quarter = returns.of(programme.getId(), period);
			Optional<HighlightReport> report = reportToSummarise(quarter);
			if (report.isPresent()) {
				HighlightReport source = report.get();
				Rag before = (previous != null) ? returns.of(programme.getId(), previous).publishedStatus().orElse(null)
						: null;
				Rag status = source.getOverallStatus();
				rows.add(new SummarySource.Row(programme, SummaryReturn.REPORTED, status, source.getStatusAsWritten(),
						source.getStatusReason(), (status != null) ? StatusTrend.between(before, status) : null));
			}
			else if (quarter.isExempt()) {
				rows.add(new SummarySource.Row(programme, SummaryReturn.EXEMPT, null, null,
						quarter.exemption().getReason(), null));
			}
			else {
				rows.add(new SummarySource.Row(programme, SummaryReturn.NOT_RECEIVED, null, null, null, null));
			}
		}
		for (SummarySection section : SummarySection.values()) {
			for (ImprovementProgramme programme : programmes) {
				reportToSummarise(returns.of(programme.getId(), period)).ifPresent((report) -> items
					.addAll(points(section, programme, sections.getOrDefault(report.getId(), List.of()))));
			}
		}
		return new SummarySource(rows, items);
	}

	/**
	 * The revision a summary is drafted from: the latest one submitted or published (a
	 * correction still being written leaves the published revision standing; a draft or
	 * returned report is not received yet).
	 */
	static Optional<HighlightReport> reportToSummarise(ProgrammeQuarter quarter) {
		return quarter.reports()
			.stream()
			.filter((report) -> report.getState() == ReportState.SUBMITTED || report.isPublished())
			.findFirst();
	}

	/**
	 * The points of a report's sections that feed one summary section, in the report's
	 * order of sections: each bullet a point, each paragraph a point; a nil return gives
	 * none.
	 */
	private static List<SummarySource.Item> points(SummarySection section, ImprovementProgramme programme,
			List<ReportSection> reportSections) {
		List<SummarySource.Item> points = new ArrayList<>();
		reportSections.stream()
			.filter((reportSection) -> SummarySection.of(reportSection.getType()) == section)
			.filter((reportSection) -> !reportSection.isNilReturn())
			.sorted((a, b) -> a.getType().compareTo(b.getType()))
			.forEach((reportSection) -> {
				for (FormattedText.Block block : FormattedText.of(reportSection.getBody()).blocks()) {
					List<String> texts = block.list() ? block.lines() : List.of(String.join(" ", block.lines()));
					for (String text : texts) {
						String point = normalise(text);
						if (!point.isEmpty()) {
							points.add(new SummarySource.Item(section, programme, point, fingerprint(point)));
						}
					}
				}
			});
		return points;
	}

	/** The fingerprint a point is found again by: its words, whatever the spacing. */
	static String fingerprint(String text) {
		return ContentFingerprint.of(normalise(text));
	}

	/** The text on one line, runs of white space as one space. */
	static String normalise(String text) {
		return (text == null) ? "" : text.strip().replaceAll("\\s+", " ");
	}

}
