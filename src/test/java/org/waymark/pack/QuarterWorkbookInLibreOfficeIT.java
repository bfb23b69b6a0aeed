package org.waymark.pack;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.waymark.shared.SpreadsheetWriter;
import org.waymark.support.LibreOffice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarter's workbook in a real spreadsheet tool: LibreOffice (headless) opens it and
 * saves every sheet as CSV, and each sheet comes back with the text Waymark wrote
 * (formula neutralisation, line breaks and non-Latin characters included). Skipped with a
 * message where {@code soffice} is not installed; a failure on CI ({@code CI=true}).
 */
class QuarterWorkbookInLibreOfficeIT {

	/**
	 * CSV, comma-separated, double quotes, UTF-8, from the first line, every sheet to a
	 * file of its own ("quarter-Statuses.csv"): LibreOffice's token 12, -1.
	 */
	private static final String EVERY_SHEET_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

	@TempDir
	Path directory;

	@BeforeAll
	static void libreOfficeIsThere() {
		LibreOffice.requireInstalled();
	}

	@Test
	void libreOfficeOpensTheWorkbookWithItsThreeSheetsAsWritten() throws Exception {
		byte[] workbook = SpreadsheetWriter.workbook(new QuarterSheets(messages()).tables(SampleQuarter.data()));
		Path xlsx = this.directory.resolve("quarter.xlsx");
		Files.write(xlsx, workbook);

		Map<String, Path> sheets = LibreOffice.convert(xlsx, EVERY_SHEET_AS_CSV, this.directory);

		Map<String, List<List<String>>> written = sheets(workbook);
		assertThat(sheets).containsOnlyKeys("quarter-Statuses.csv", "quarter-Measures.csv", "quarter-Actions.csv");
		for (String name : written.keySet()) {
			assertThat(csv(sheets.get("quarter-" + name + ".csv"))).as(name).isEqualTo(written.get(name));
		}
		assertThat(written.get("Actions").get(2)).contains("'=HYPERLINK(\"http://example.invalid\",\"Click\")");
		assertThat(written.get("Statuses").get(1).get(7)).contains("\u201Cquoted\u201D", "\n");
	}

	/** Each sheet's rows as POI reads them, blank cells as "". */
	private static Map<String, List<List<String>>> sheets(byte[] file) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook) {
				int width = sheet.getRow(0).getLastCellNum();
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < width; column++) {
						Cell cell = row.getCell(column);
						cells.add((cell != null) ? cell.getStringCellValue() : "");
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	private static List<List<String>> csv(Path file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.EXCEL.parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		return rows;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
