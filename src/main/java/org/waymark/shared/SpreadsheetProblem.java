package org.waymark.shared;

/**
 * Why an uploaded spreadsheet cannot be read at all (as opposed to a row of it being
 * wrong). Each has a message {@code spreadsheet.problem.NAME}; those with details take
 * them as the message's first argument.
 */
public enum SpreadsheetProblem {

	/** No file was chosen, or it has no bytes. */
	EMPTY,

	/** Larger than the limit (argument: the limit in megabytes). */
	TOO_LARGE,

	/** Neither an XLSX workbook nor a text (CSV) file, by its content. */
	NOT_A_SPREADSHEET,

	/** Its name's extension disagrees with its content (argument: the extension). */
	NAME_DISAGREES,

	/**
	 * It looks like a spreadsheet but cannot be read (damaged, encrypted, too big
	 * inside).
	 */
	UNREADABLE,

	/** It has no heading row. */
	NO_HEADINGS,

	/** It has headings but no rows under them. */
	NO_ROWS,

	/** More rows than the limit (argument: the limit). */
	TOO_MANY_ROWS,

	/** Headings Waymark does not know (argument: them, quoted and joined). */
	UNKNOWN_COLUMNS,

	/** Required headings not there (argument: them, quoted and joined). */
	MISSING_COLUMNS,

	/** The same heading twice (argument: it). */
	DUPLICATE_COLUMNS;

	public String messageKey() {
		return "spreadsheet.problem." + name();
	}

}
