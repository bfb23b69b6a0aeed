package org.waymark.pack;

/**
 * The sheets of a quarter's data: each a sheet of the workbook and a CSV file of its own.
 */
public enum QuarterSheet {

	STATUSES("Statuses", "statuses"), MEASURES("Measures", "measures"), ACTIONS("Actions", "actions");

	private final String sheetName;

	private final String fileSuffix;

	QuarterSheet(String sheetName, String fileSuffix) {
		this.sheetName = sheetName;
		this.fileSuffix = fileSuffix;
	}

	/** The sheet's name in the workbook. */
	public String sheetName() {
		return this.sheetName;
	}

	/** What the CSV file's name ends with, before ".csv" (also the route's last part). */
	public String fileSuffix() {
		return this.fileSuffix;
	}

}
