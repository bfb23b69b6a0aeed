package org.waymark.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.waymark.shared.SpreadsheetWriter.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks of several sheets, and the one neutralisation rule both formats share.
 */
class SpreadsheetWriterTest {

	@Test
	void aWorkbookHasOneSheetPerTableInOrderEachWithABoldFrozenHeadingRow() throws IOException {
		byte[] file = SpreadsheetWriter
			.workbook(List.of(new Table("Statuses", List.of("Programme", "Status"), List.of(List.of("7", "Amber"))),
					new Table("Measures", List.of("Measure ID"), List.of()), new Table("Actions",
							List.of("Action ID", "Overdue"), List.of(List.of("12", "No"), List.of("13", "Yes")))));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("Statuses", "Measures", "Actions");
			for (Sheet sheet : workbook) {
				assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
					.as(sheet.getSheetName())
					.isTrue();
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
			}
			assertThat(workbook.getSheet("Actions").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Yes");
			assertThat(workbook.getSheet("Measures").getLastRowNum()).as("headings only").isZero();
		}
	}

	@Test
	void cellsThatASpreadsheetToolWouldRunAsFormulasAreNeutralisedInBothFormats() throws IOException {
		List<String> dangerous = List.of("=HYPERLINK(\"http://example.invalid\",\"Click\")", "+44 1234", "-12",
				"@SUM(A1)", "\tTabbed", "\rReturn");
		List<String> safe = List.of("Safe", "12", "3.9 per 1,000", "");
		List<String> row = Stream.concat(dangerous.stream(), safe.stream()).toList();
		List<String> headings = IntStream.range(0, row.size()).mapToObj((column) -> "Column " + column).toList();
		Table table = new Table("Sheet", headings, List.of(row));

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(SpreadsheetWriter.write(SpreadsheetFormat.XLSX, table)))) {
			for (int column = 0; column < dangerous.size(); column++) {
				Cell cell = workbook.getSheetAt(0).getRow(1).getCell(column);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo("'" + dangerous.get(column));
			}
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(dangerous.size()).getStringCellValue())
				.isEqualTo("Safe");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(dangerous.size() + 1).getStringCellValue())
				.isEqualTo("12");
		}
		String csv = new String(SpreadsheetWriter.write(SpreadsheetFormat.CSV, table), StandardCharsets.UTF_8);
		assertThat(csv)
			.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\"", "'+44 1234", ",'-12,",
					"'@SUM(A1)", "'\tTabbed")
			.doesNotContain("'Safe", "'12", "'3.9");
	}

	@Test
	void neutralisingLeavesOrdinaryTextAndBlanksAlone() {
		assertThat(SpreadsheetWriter.neutralised("Amber")).isEqualTo("Amber");
		assertThat(SpreadsheetWriter.neutralised("")).isEmpty();
		assertThat(SpreadsheetWriter.neutralised(null)).isNull();
		assertThat(SpreadsheetWriter.neutralised("a = b")).isEqualTo("a = b");
		assertThat(SpreadsheetWriter.neutralised("-")).isEqualTo("'-");
	}

}
