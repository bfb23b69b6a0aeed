package org.waymark.report;

import org.waymark.programme.ImprovementProgramme;

import java.util.List;

/**
 * What a quarter's highlight reports give an executive summary, compiled by
 * {@link SummaryCompiler}: a status row for every programme and the points of each report
 * section, attributed to their programme, in programme order.
 *
 * @param rows one per programme of the plan, in programme order
 * @param items the points of the reports, section by section, each programme's in the
 * order its report gives them
 */
public record SummarySource(List<Row> rows, List<Item> items) {

	public SummarySource {
		rows = List.copyOf(rows);
		items = List.copyOf(items);
	}

	/**
	 * A programme's status as its report gives it, or the exemption's reason, or nothing
	 * for a report not received.
	 *
	 * @param programme the programme
	 * @param source report, exemption or nothing
	 * @param status the report's overall status; {@code null} without a report
	 * @param statusAsWritten the report's words for its status, if any
	 * @param reason the report's reason for its status, or the exemption's reason
	 * @param trend against the previous quarter's published status; {@code null} without
	 * a status
	 */
	public record Row(ImprovementProgramme programme, SummaryReturn source, Rag status, String statusAsWritten,
			String reason, StatusTrend trend) {
	}

	/**
	 * One point of a report section.
	 *
	 * @param section the summary section it belongs in
	 * @param programme the programme whose report gives it
	 * @param text the point as the report words it, on one line
	 * @param fingerprint identifies the text when the summary is drafted again
	 */
	public record Item(SummarySection section, ImprovementProgramme programme, String text, String fingerprint) {
	}

}
