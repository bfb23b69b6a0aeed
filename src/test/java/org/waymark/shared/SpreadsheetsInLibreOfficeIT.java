package org.waymark.shared;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import org.waymark.support.LibreOffice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waymark's files in a real spreadsheet tool: LibreOffice (headless) opens an exported
 * XLSX and CSV and saves them as the other format, and Waymark reads what it saved back
 * as the rows it wrote. Like the browser tests, these are skipped with a message where
 * {@code soffice} is not installed, and fail for want of it on CI ({@code CI=true}).
 */
class SpreadsheetsInLibreOfficeIT {

	private static final List<String> HEADINGS = List.of("Objective number", "Action", "Deadline", "BRAG");

	private static final List<List<String>> ROWS = List.of(
			List.of("1", "Review senior management structure\na) Embed the framework",
					"a) 31st May 2018 b) 1st June 2018", "Green"),
			List.of("2", "=HYPERLINK(\"http://example.invalid\")", "Incremental during 2018/19", "Amber"),
			List.of("3", "Caf\u00e9 r\u00f4le \u2013 \u201Cquoted\u201D, with commas", "31/03/2019", ""));

	@TempDir
	Path directory;

	@BeforeAll
	static void libreOfficeIsThere() {
		LibreOffice.requireInstalled();
	}

	@Test
	void anXlsxExportSavedAsCsvByLibreOfficeReadsBackAsWritten() throws Exception {
		Path xlsx = this.directory.resolve("export.xlsx");
		Files.write(xlsx, SpreadsheetWriter.write(SpreadsheetFormat.XLSX, "Action plan", HEADINGS, ROWS));

		Path csv = convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", "csv");

		assertThat(readBack(csv)).isEqualTo(ROWS);
	}

	@Test
	void aCsvExportSavedAsXlsxByLibreOfficeReadsBackAsWritten() throws Exception {
		Path csv = this.directory.resolve("export.csv");
		Files.write(csv, SpreadsheetWriter.write(SpreadsheetFormat.CSV, "Action plan", HEADINGS, ROWS));

		Path xlsx = convert(csv, "xlsx", "xlsx");

		assertThat(readBack(xlsx)).isEqualTo(ROWS);
	}

	private Path convert(Path file, String filter, String extension) throws IOException, InterruptedException {
		String name = file.getFileName().toString();
		String converted = name.substring(0, name.lastIndexOf('.')) + "." + extension;
		Map<String, Path> written = LibreOffice.convert(file, filter, this.directory);
		assertThat(written).containsKey(converted);
		return written.get(converted);
	}

	private static List<List<String>> readBack(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		SpreadsheetReader.Result result = new SpreadsheetReader(DataSize.ofMegabytes(5), 2000)
			.read(file.getFileName().toString(), bytes.length, new ByteArrayResource(bytes), HEADINGS, List.of());
		assertThat(result.accepted()).as(String.valueOf(result.problem())).isTrue();
		List<List<String>> rows = new ArrayList<>();
		for (SpreadsheetRow row : result.rows()) {
			rows.add(HEADINGS.stream().map((heading) -> row.cells().get(heading)).toList());
		}
		return rows;
	}

}
