package org.waymark.action.transfer;

import org.waymark.shared.ImportOutcome;
import org.waymark.shared.RowProblem;

import java.util.List;

/**
 * What importing a file into an action plan would do, row by row; nothing is saved until
 * it is confirmed, and it can be confirmed only without errors.
 *
 * @param actionPlanId the plan
 * @param planTitle its title
 * @param year its financial year, e.g. "2018/19"
 * @param programmeId its programme
 * @param rows every row of the file, in order
 * @param fingerprint the plan as it was when checked, so that a confirmation can tell
 * whether someone changed it since
 */
public record ActionPlanPreview(long actionPlanId, String planTitle, String year, long programmeId, List<Row> rows,
		String fingerprint) {

	public ActionPlanPreview {
		rows = List.copyOf(rows);
	}

	/**
	 * One row of the file.
	 *
	 * @param number the row's number in the file
	 * @param outcome what confirming would do with it
	 * @param actionId the action ID as given, empty for a new action
	 * @param objective where it sits, e.g. "2" or "2A"
	 * @param description the action as given
	 * @param changed the columns whose values differ from the stored action's
	 * @param moved whether the action takes another place in its objective's order
	 * @param problems what is wrong with it, by column
	 */
	public record Row(int number, ImportOutcome outcome, String actionId, String objective, String description,
			List<String> changed, boolean moved, List<RowProblem> problems) {

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

	/** Whether confirming would change nothing. */
	public boolean changesNothing() {
		return count(ImportOutcome.NEW) == 0 && count(ImportOutcome.CHANGED) == 0;
	}

}
