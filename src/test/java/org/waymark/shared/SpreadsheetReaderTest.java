package org.waymark.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import org.waymark.support.SampleFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetReaderTest {

	private static final List<String> HEADINGS = List.of("Action ID", "Objective number", "Action", "Deadline",
			"Value");

	private static final Set<String> REQUIRED = Set.of("Objective number", "Action");

	private final SpreadsheetReader reader = new SpreadsheetReader(DataSize.ofKilobytes(64), 10);

	@Test
	void readsAnXlskWorkbookByHeadingWhateverTheOrderCaseAndSpacing() throws IOException {
		byte[] file = workbook((sheet, styles) -> {
			row(sheet, 0, "ACTION", " objective  NUMBER ", "action-id");
			row(sheet, 1, "Review the structure", null, null).createCell(1).setCellValue(2.0);
			row(sheet, 3, "Second action", "3", "41");
		});

		SpreadsheetReader.Result result = read("plan.xlsx", file);

		assertThat(result.accepted()).as(String.valueOf(result.problem())).isTrue();
		assertThat(result.format()).isEqualTo(SpreadsheetFormat.XLSX);
		assertThat(result.rows()).hasSize(2);
		SpreadsheetRow first = result.rows().get(0);
		assertThat(first.number()).isEqualTo(2);
		assertThat(first.get("Objective number")).isEqualTo("2");
		assertThat(first.get("Action")).isEqualTo("Review the structure");
		assertThat(first.has("Deadline")).isFalse();
		assertThat(result.rows().get(1).number()).as("blank row 3 passed over, row numbers as the tool shows them")
			.isEqualTo(4);
		assertThat(result.rows().get(1).get("Action ID")).isEqualTo("41");
	}

	@Test
	void readsNumbersDatesAndPercentagesAsPeopleSeeThem() throws IOException {
		byte[] file = workbook((sheet, styles) -> {
			row(sheet, 0, "Objective number", "Action", "Deadline", "Value");
			Row row = row(sheet, 1, null, "An action", null, null);
			row.createCell(0).setCellValue(4);
			row.createCell(2).setCellValue(LocalDate.of(2019, 3, 31));
			row.getCell(2).setCellStyle(styles.date);
			row.createCell(3).setCellValue(0.543);
			row.getCell(3).setCellStyle(styles.percent);
			Row second = row(sheet, 2, "5", "Another", null, null);
			second.createCell(3).setCellValue(42760.25);
		});

		SpreadsheetReader.Result result = read("values.xlsx", file);

		assertThat(result.rows().get(0).get("Objective number")).isEqualTo("4");
		assertThat(result.rows().get(0).get("Deadline")).isEqualTo("31 March 2019");
		assertThat(result.rows().get(0).get("Value")).isEqualTo("54.3%");
		assertThat(result.rows().get(1).get("Value")).isEqualTo("42760.25");
	}

	@Test
	void readsCsvWithAByteOrderMarkQuotedLinesAndCommas() {
		String csv = "\uFEFFObjective number,Action,Deadline\r\n1,\"Review, then:\nconsult\",31st May 2018\r\n";

		SpreadsheetReader.Result result = read("plan.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result.accepted()).isTrue();
		assertThat(result.format()).isEqualTo(SpreadsheetFormat.CSV);
		assertThat(result.rows()).singleElement().satisfies((row) -> {
			assertThat(row.get("Objective number")).isEqualTo("1");
			assertThat(row.get("Action")).isEqualTo("Review, then:\nconsult");
			assertThat(row.number()).isEqualTo(2);
		});
	}

	@Test
	void readsCsvSavedBySpreadsheetToolsInOtherLocalesAndCodePages() {
		byte[] semicolons = "Objective number;Action\n1;Caf\u00e9 r\u00f4le\n"
			.getBytes(Charset.forName("windows-1252"));

		SpreadsheetReader.Result result = read("plan.csv", semicolons);

		assertThat(result.rows()).singleElement()
			.satisfies((row) -> assertThat(row.get("Action")).isEqualTo("Caf\u00e9 r\u00f4le"));
	}

	@Test
	void writtenFilesReadBackAsTheyWereIncludingFormulaLikeCells() {
		List<String> headings = List.of("Objective number", "Action", "Deadline");
		List<List<String>> rows = List.of(List.of("1", "=HYPERLINK(\"http://evil\")", "-10 days"),
				List.of("2", "@SUM(A1)", "+44 1234"), List.of("3", "Plain \"quoted\"\nsecond line", "'already"));
		for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
			byte[] file = SpreadsheetWriter.write(format, "Sheet", headings, rows);

			SpreadsheetReader.Result result = read("export." + format.extension(), file);

			assertThat(result.accepted()).as(format.name()).isTrue();
			List<List<String>> readBack = new ArrayList<>();
			for (SpreadsheetRow row : result.rows()) {
				readBack.add(headings.stream().map((heading) -> row.cells().get(heading)).toList());
			}
			assertThat(readBack).as(format.name()).isEqualTo(rows);
		}
	}

	@Test
	void csvExportsNeutraliseCellsASpreadsheetToolWouldRunAsFormulas() {
		byte[] file = SpreadsheetWriter.write(SpreadsheetFormat.CSV, "Sheet", List.of("Action"),
				List.of(List.of("=1+1"), List.of("@cmd"), List.of("\tTabbed"), List.of("Safe")));

		String csv = new String(file, StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFF").contains("'=1+1", "'@cmd", "'\tTabbed").doesNotContain("'Safe");
	}

	@Test
	void xlsxExportsHaveABoldFrozenHeadingRowOfTextCells() throws IOException {
		byte[] file = SpreadsheetWriter.write(SpreadsheetFormat.XLSX, "Action plan", List.of("Action", "Deadline"),
				List.of(List.of("=1+1", "31st May 2018")));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Action plan");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getRow(1).getCell(0).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("neutralised as in CSV").isEqualTo("'=1+1");
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(10 * 256 - 1);
		}
	}

	@Test
	void refusesAPicture() {
		assertRefused("plan.xlsx", SampleFiles.png(), SpreadsheetProblem.NOT_A_SPREADSHEET);
	}

	@Test
	void refusesAWordDocumentRenamedAsAWorkbook() {
		assertRefused("plan.xlsx", SampleFiles.docx(), SpreadsheetProblem.NOT_A_SPREADSHEET);
	}

	@Test
	void refusesAZipThatIsNotAWorkbook() {
		assertRefused("plan.xlsx", SampleFiles.zipOfText(), SpreadsheetProblem.NOT_A_SPREADSHEET);
	}

	@Test
	void refusesAnExecutableAndAPdf() {
		assertRefused("plan.csv", SampleFiles.exe(), SpreadsheetProblem.NOT_A_SPREADSHEET);
		assertRefused("plan.csv", SampleFiles.pdf(), SpreadsheetProblem.NOT_A_SPREADSHEET);
	}

	@Test
	void refusesAFileWhoseNameDisagreesWithItsContent() throws IOException {
		assertRefused("plan.xlsx", "Objective number,Action\n1,A\n".getBytes(StandardCharsets.UTF_8),
				SpreadsheetProblem.NAME_DISAGREES);
		assertRefused("plan.csv", workbook((sheet, styles) -> row(sheet, 0, "Objective number", "Action")),
				SpreadsheetProblem.NAME_DISAGREES);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused("plan.csv", new byte[0], SpreadsheetProblem.EMPTY);
	}

	@Test
	void refusesAFileWithOnlyHeadings() throws IOException {
		assertRefused("plan.csv", "Objective number,Action\n\n".getBytes(StandardCharsets.UTF_8),
				SpreadsheetProblem.NO_ROWS);
		assertRefused("plan.xlsx", workbook((sheet, styles) -> row(sheet, 0, "Objective number", "Action")),
				SpreadsheetProblem.NO_ROWS);
	}

	@Test
	void refusesAFileOverTheSizeLimitBeforeReadingIt() {
		SpreadsheetReader.Result byReportedSize = this.reader.read("big.csv", 65 * 1024,
				new ByteArrayResource(new byte[10]), HEADINGS, REQUIRED);
		SpreadsheetReader.Result byContent = read("big.csv", "a,b\n".repeat(20_000).getBytes(StandardCharsets.UTF_8));

		assertThat(byReportedSize.problem()).isEqualTo(SpreadsheetProblem.TOO_LARGE);
		assertThat(byReportedSize.detail()).isEqualTo("0");
		assertThat(byContent.problem()).isEqualTo(SpreadsheetProblem.TOO_LARGE);
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		StringBuilder csv = new StringBuilder("Objective number,Action\n");
		for (int i = 0; i < 11; i++) {
			csv.append("1,Action ").append(i).append('\n');
		}

		SpreadsheetReader.Result result = read("plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.problem()).isEqualTo(SpreadsheetProblem.TOO_MANY_ROWS);
		assertThat(result.detail()).isEqualTo("10");
	}

	@Test
	void acceptsExactlyTheRowLimit() {
		StringBuilder csv = new StringBuilder("Objective number,Action\n");
		for (int i = 0; i < 10; i++) {
			csv.append("1,Action ").append(i).append('\n');
		}

		assertThat(read("plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).rows()).hasSize(10);
	}

	@Test
	void refusesAWorkbookThatUnpacksFarBeyondItsSize() throws IOException {
		// A sheet of one long repeated cell compresses over a hundred times: the zip-bomb
		// guard refuses it whatever its row count.
		byte[] file = workbook((sheet, styles) -> {
			row(sheet, 0, "Objective number", "Action");
			for (int i = 1; i <= 9; i++) {
				row(sheet, i, "1", "x".repeat(30_000) + i);
			}
		});

		assertRefused("bomb.xlsx", file, SpreadsheetProblem.UNREADABLE);
	}

	@Test
	void refusesUnknownColumnsNamingThem() {
		SpreadsheetReader.Result result = read("plan.csv",
				"Objective number,Action,Colour,Notes\n1,A,red,x\n".getBytes(StandardCharsets.UTF_8));

		assertThat(result.problem()).isEqualTo(SpreadsheetProblem.UNKNOWN_COLUMNS);
		assertThat(result.detail()).isEqualTo("\u201CColour\u201D, \u201CNotes\u201D");
	}

	@Test
	void refusesAFileWithoutARequiredColumnNamingIt() {
		SpreadsheetReader.Result result = read("plan.csv",
				"Objective number,Deadline\n1,x\n".getBytes(StandardCharsets.UTF_8));

		assertThat(result.problem()).isEqualTo(SpreadsheetProblem.MISSING_COLUMNS);
		assertThat(result.detail()).isEqualTo("\u201CAction\u201D");
	}

	@Test
	void refusesAColumnGivenTwice() {
		SpreadsheetReader.Result result = read("plan.csv",
				"Objective number,Action,ACTION\n1,a,b\n".getBytes(StandardCharsets.UTF_8));

		assertThat(result.problem()).isEqualTo(SpreadsheetProblem.DUPLICATE_COLUMNS);
	}

	private SpreadsheetReader.Result read(String name, byte[] bytes) {
		return this.reader.read(name, bytes.length, new ByteArrayResource(bytes), HEADINGS, REQUIRED);
	}

	private void assertRefused(String name, byte[] bytes, SpreadsheetProblem problem) {
		SpreadsheetReader.Result result = read(name, bytes);
		assertThat(result.accepted()).as(name).isFalse();
		assertThat(result.problem()).as(name).isEqualTo(problem);
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			if (values[column] != null) {
				row.createCell(column).setCellValue(values[column]);
			}
		}
		return row;
	}

	private static byte[] workbook(SheetFiller filler) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			Styles styles = new Styles(workbook.createCellStyle(), workbook.createCellStyle());
			styles.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			styles.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			filler.fill(sheet, styles);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private record Styles(CellStyle date, CellStyle percent) {
	}

	@FunctionalInterface
	private interface SheetFiller {

		void fill(Sheet sheet, Styles styles);

	}

}
