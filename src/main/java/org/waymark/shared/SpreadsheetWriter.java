package org.waymark.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes tables (a heading row, then rows of text) as an XLSX workbook or a CSV file, the
 * two formats {@link SpreadsheetReader} reads back.
 * <ul>
 * <li>XLSX: one sheet per table, in order, each with its heading row bold and frozen,
 * columns as wide as their text (within limits) and wrapped. Every cell is a text cell,
 * so a value that looks like a formula or a number is never turned into one.</li>
 * <li>CSV: one table, UTF-8 with a byte order mark (without it Excel reads UTF-8 as its
 * own code page), Excel's quoting.</li>
 * </ul>
 * One neutralisation rule for both formats: a cell that a spreadsheet tool would run as a
 * formula if it were typed or read from CSV (it starts with {@code = + - @}, a tab or a
 * carriage return) is written with a leading apostrophe. In a CSV file that is the
 * defence; in a workbook the text cell already is, and the apostrophe is kept as well so
 * that a cell copied out of the workbook, or a workbook saved as CSV by another tool,
 * stays inert. {@link SpreadsheetReader} takes the apostrophe off again, so an export
 * re-imports as it was.
 */
public final class SpreadsheetWriter {

	/** Characters that make a spreadsheet tool read a cell as a formula. */
	static final String FORMULA_STARTS = "=+-@\t\r";

	private static final int MIN_WIDTH = 10;

	private static final int MAX_WIDTH = 60;

	private SpreadsheetWriter() {
	}

	/**
	 * The table as a file.
	 * @param sheetName the XLSX sheet's name (unused for CSV)
	 * @param headings the heading row
	 * @param rows the rows, each as long as the headings; null cells are blank
	 */
	public static byte[] write(SpreadsheetFormat format, String sheetName, List<String> headings,
			List<List<String>> rows) {
		return write(format, new Table(sheetName, headings, rows));
	}

	/** The table as a file: a workbook of one sheet, or a CSV file. */
	public static byte[] write(SpreadsheetFormat format, Table table) {
		return switch (format) {
			case XLSX -> workbook(List.of(table));
			case CSV -> csv(table);
		};
	}

	/**
	 * An XLSX workbook with one sheet for each table, in the order given.
	 * @param tables the sheets; their names must differ once made safe for a workbook
	 */
	public static byte[] workbook(List<Table> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headingStyle = workbook.createCellStyle();
			headingStyle.setFont(bold);
			headingStyle.setWrapText(true);
			headingStyle.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle bodyStyle = workbook.createCellStyle();
			bodyStyle.setWrapText(true);
			bodyStyle.setVerticalAlignment(VerticalAlignment.TOP);
			// Text format ("@"): what is typed in later stays text too.
			bodyStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
			for (Table table : tables) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
				int[] widths = new int[table.headings().size()];
				writeRow(sheet.createRow(0), table.headings(), headingStyle, widths);
				for (int i = 0; i < table.rows().size(); i++) {
					writeRow(sheet.createRow(i + 1), table.rows().get(i), bodyStyle, widths);
				}
				for (int column = 0; column < widths.length; column++) {
					sheet.setColumnWidth(column, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[column] + 2)) * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a workbook", ex);
		}
	}

	/**
	 * The text with an apostrophe before it if a spreadsheet tool would otherwise run it
	 * as a formula.
	 */
	static String neutralised(String text) {
		if (text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static byte[] csv(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvStream csv = csvStream(out, table.headings())) {
			table.rows().forEach(csv::row);
		}
		return out.toByteArray();
	}

	/**
	 * A CSV file written row by row to the stream, for exports too long to hold in
	 * memory: the same byte order mark, quoting and neutralisation as {@link #write}.
	 * Closing it flushes it and closes the stream.
	 */
	public static CsvStream csvStream(OutputStream out, List<String> headings) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CsvStream csv = new CsvStream(new CSVPrinter(writer, CSVFormat.EXCEL));
			csv.row(headings);
			return csv;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a CSV file", ex);
		}
	}

	/** A CSV file being written: see {@link SpreadsheetWriter#csvStream}. */
	public static final class CsvStream implements AutoCloseable {

		private final CSVPrinter printer;

		private CsvStream(CSVPrinter printer) {
			this.printer = printer;
		}

		/** Writes one row; null cells are blank. */
		public void row(List<String> values) {
			try {
				this.printer.printRecord(values.stream().map(SpreadsheetWriter::neutralised).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write a CSV file", ex);
			}
		}

		@Override
		public void close() {
			try {
				this.printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write a CSV file", ex);
			}
		}

	}

	private static void writeRow(Row row, List<String> values, CellStyle style, int[] widths) {
		for (int column = 0; column < values.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellStyle(style);
			String value = neutralised(values.get(column));
			if (value != null && !value.isEmpty()) {
				cell.setCellValue(value);
				if (column < widths.length) {
					for (String line : value.split("\n")) {
						widths[column] = Math.max(widths[column], line.length());
					}
				}
			}
		}
	}

	/**
	 * A table to write: a sheet of a workbook, or a CSV file.
	 *
	 * @param name the sheet's name (unused for CSV)
	 * @param headings the heading row
	 * @param rows the rows, each as long as the headings; null cells are blank
	 */
	public record Table(String name, List<String> headings, List<List<String>> rows) {

		public Table {
			Objects.requireNonNull(name, "name");
			headings = List.copyOf(headings);
			rows = List.copyOf(rows);
		}

	}

}
