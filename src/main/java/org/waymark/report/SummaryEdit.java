package org.waymark.report;

import org.waymark.programme.ImprovementProgramme;

import java.util.List;

/**
 * The business manager's changes to a draft executive summary, as one command: the
 * narrative, each status row's reason (and status, for a programme without a report),
 * each point's wording and whether it is left out, and optionally a point to add.
 *
 * @param progressAsAt the date progress is reported as at, as worded
 * @param overall the overall narrative
 * @param rows changes to status rows, by id
 * @param items changes to points, by id
 * @param added a point to add, or {@code null}
 */
public record SummaryEdit(String progressAsAt, String overall, List<RowEdit> rows, List<ItemEdit> items,
		NewItem added) {

	public SummaryEdit {
		rows = List.copyOf(rows);
		items = List.copyOf(items);
	}

	/**
	 * @param id the status row
	 * @param status the status given to a programme without a report (ignored for one
	 * with a report)
	 * @param reason the reason; blank goes back to the report's
	 */
	public record RowEdit(Long id, Rag status, String reason) {
	}

	/**
	 * @param id the point
	 * @param text its wording; blank goes back to the report's
	 * @param leaveOut whether it is left out of the summary
	 */
	public record ItemEdit(Long id, String text, boolean leaveOut) {
	}

	/**
	 * @param section where it goes
	 * @param programme the programme it is attributed to, or {@code null}
	 * @param text its wording
	 */
	public record NewItem(SummarySection section, ImprovementProgramme programme, String text) {
	}

}
