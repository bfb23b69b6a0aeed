package org.waymark.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One row under the headings of an uploaded spreadsheet: its number as the spreadsheet
 * tool shows it (the headings are row 1), and its cells by column heading as Waymark
 * names it, as text.
 *
 * @param number the row's number in the file
 * @param cells the text of each known column; a column the file does not have is absent
 */
public record SpreadsheetRow(int number, Map<String, String> cells) implements Serializable {

	public SpreadsheetRow {
		cells = Map.copyOf(cells);
	}

	/** The cell's text with surrounding spaces removed; empty when blank or absent. */
	public String get(String heading) {
		String text = this.cells.get(heading);
		return (text != null) ? text.strip() : "";
	}

	/** Whether the file has the column at all (optional columns may be left out). */
	public boolean has(String heading) {
		return this.cells.containsKey(heading);
	}

}
