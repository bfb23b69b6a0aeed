package org.waymark.shared;

/** The spreadsheet files Waymark reads and writes. */
public enum SpreadsheetFormat {

	/** An Excel workbook (Office Open XML); only its first sheet is read. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	/**
	 * Comma-separated values, UTF-8 (written with a byte order mark so Excel reads it
	 * so).
	 */
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	SpreadsheetFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

}
