package org.waymark.measure.transfer;

import org.waymark.shared.ImportOutcome;
import org.waymark.shared.RowProblem;

import java.util.List;

/**
 * What importing a file of measure values into a programme would do, row by row; nothing
 * is saved until it is confirmed, and it can be confirmed only without errors.
 *
 * @param programmeId the programme
 * @param programmeLabel its number and title
 * @param rows every row of the file, in order
 * @param fingerprint the programme's measures and values as they were when checked
 */
public record MeasureValuePreview(long programmeId, String programmeLabel, List<Row> rows, String fingerprint) {

	public MeasureValuePreview {
		rows = List.copyOf(rows);
	}

	/**
	 * One row of the file.
	 *
	 * @param number the row's number in the file
	 * @param outcome what confirming would do with it
	 * @param measure the measure's name (as stored when found, else as given)
	 * @param period the period as given
	 * @param value the value as given
	 * @param changed the columns whose values differ from the stored value's
	 * @param problems what is wrong with it, by column
	 */
	public record Row(int number, ImportOutcome outcome, String measure, String period, String value,
			List<String> changed, List<RowProblem> problems) {

		public Row {
			changed = List.copyOf(changed);
			problems = List.copyOf(problems);
		}

	}

	public long count(ImportOutcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public boolean hasErrors() {
		return count(ImportOutcome.ERROR) > 0;
	}

	public boolean changesNothing() {
		return count(ImportOutcome.NEW) == 0 && count(ImportOutcome.CHANGED) == 0;
	}

}
