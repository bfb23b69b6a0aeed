package org.waymark.report;

import org.waymark.measure.DirectionAssessment;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.ReportedValue;
import org.waymark.report.HighlightReportView.Header;

import java.util.List;

/**
 * A report's measures table as its form shows it: the measures under their headings, as
 * in the read view, each with the previous value, what is saved for this quarter and the
 * direction of travel worked out from the two.
 *
 * @param fingerprint the whole table as stored, sent back with the save
 * @param groups the rows under each heading, in the table's order
 */
public record MeasuresDraft(Header header, String fingerprint, List<Group> groups) {

	/** Every row, in the table's order (the order the form numbers its fields in). */
	public List<Row> rows() {
		return this.groups.stream()
			.flatMap((group) -> group.rows().stream())
			.sorted((a, b) -> a.index() - b.index())
			.toList();
	}

	/**
	 * The measures under one heading; the heading is null for measures that have none.
	 */
	public record Group(String heading, List<Row> rows) {
	}

	/**
	 * One measure's row.
	 *
	 * @param index the row's place in the table; its form fields are {@code rows[index]}
	 * @param id the row's id, which the page's anchor ({@code row-id}) is named by
	 * @param previous the previous value, filled in when the report was started
	 * @param current this quarter's saved value as the report will show it, or null
	 * @param direction the computed direction from the saved figures, and any override
	 * @param saved what is saved, as the form's fields hold it
	 */
	public record Row(int index, long id, String name, MeasureUnit unit, String targetText, MeasureAmount target,
			List<MeasureComparison> comparators, ReportedValue previous, ReportedValue current,
			DirectionAssessment direction, MeasureRowInput saved) {

		/** The key of the hint saying how to write a figure in this measure's unit. */
		public String valueHintKey() {
			return "measures.edit.valueHint." + this.unit.name();
		}

	}

}
