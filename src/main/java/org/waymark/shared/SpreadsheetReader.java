package org.waymark.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an uploaded spreadsheet into rows of text under known headings, or says why it
 * cannot.
 * <ul>
 * <li>The format comes from the content (Apache Tika's magic numbers, then the workbook's
 * declared parts): an XLSX workbook or plain text read as CSV. Anything else (a picture,
 * a Word document, an old .xls) is refused, as is a name whose extension disagrees with
 * the content.</li>
 * <li>Limits: {@code waymark.imports.max-file-size} (5 MB) and
 * {@code waymark.imports.max-rows} (2,000 rows under the headings). A workbook's parts
 * are inflated under POI's zip-bomb guard (a minimum compression ratio and a largest part
 * size), so a small file cannot unpack into gigabytes.</li>
 * <li>The first non-blank row holds the headings, matched to the expected ones whatever
 * their order, case, spaces or punctuation; a heading not expected, one expected and
 * required but missing, or one given twice makes the whole file refused with the headings
 * named. Blank headings and blank rows are passed over.</li>
 * <li>Cells are read as text as a person sees them: numbers without a trailing ".0",
 * percentages as "54.3%", dates as "31 March 2019"; a leading apostrophe that
 * {@link SpreadsheetWriter} added before a formula-like value is taken off.</li>
 * </ul>
 */
@Component
public class SpreadsheetReader {

	/** What an XLSX workbook declares as its main part ([Content_Types].xml). */
	static final String WORKBOOK_MAIN_PART = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	/**
	 * The largest part of a workbook inflated: well beyond any real sheet of 2,000 rows.
	 */
	static final long MAX_PART_BYTES = 100L * 1024 * 1024;

	private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static {
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		ZipSecureFile.setMinInflateRatio(0.01);
	}

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	private final DataSize maxFileSize;

	private final int maxRows;

	SpreadsheetReader(@Value("${waymark.imports.max-file-size:5MB}") DataSize maxFileSize,
			@Value("${waymark.imports.max-rows:2000}") int maxRows) {
		this.maxFileSize = maxFileSize;
		this.maxRows = maxRows;
	}

	public DataSize maxFileSize() {
		return this.maxFileSize;
	}

	public int maxRows() {
		return this.maxRows;
	}

	/**
	 * Reads an uploaded file.
	 * @param fileName the name the browser sent (may be null)
	 * @param size the size the upload reports, checked before anything is read
	 * @param content the bytes
	 * @param headings the headings the file may have, as Waymark writes them
	 * @param required those of them it must have
	 */
	public Result read(String fileName, long size, InputStreamSource content, List<String> headings,
			Collection<String> required) {
		long max = this.maxFileSize.toBytes();
		if (size > max) {
			return Result.refused(SpreadsheetProblem.TOO_LARGE, String.valueOf(this.maxFileSize.toMegabytes()));
		}
		byte[] bytes;
		try (InputStream in = content.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		if (bytes.length == 0) {
			return Result.refused(SpreadsheetProblem.EMPTY, null);
		}
		if (bytes.length > max) {
			return Result.refused(SpreadsheetProblem.TOO_LARGE, String.valueOf(this.maxFileSize.toMegabytes()));
		}
		SpreadsheetFormat format = detect(bytes);
		if (format == null) {
			return Result.refused(SpreadsheetProblem.NOT_A_SPREADSHEET, null);
		}
		String extension = extension(fileName);
		if (extension != null && !agrees(format, extension)) {
			return Result.refused(SpreadsheetProblem.NAME_DISAGREES, extension);
		}
		List<List<String>> table;
		try {
			table = (format == SpreadsheetFormat.XLSX) ? xlsx(bytes) : csv(bytes);
		}
		catch (TooManyRows ex) {
			return Result.refused(SpreadsheetProblem.TOO_MANY_ROWS, String.valueOf(this.maxRows));
		}
		catch (IOException | RuntimeException ex) {
			// Damaged, encrypted, or over the zip-bomb limits: nothing more to tell the
			// sender.
			return Result.refused(SpreadsheetProblem.UNREADABLE, null);
		}
		return rows(format, table, headings, required);
	}

	/** The format the bytes are, or null if neither. */
	SpreadsheetFormat detect(byte[] bytes) {
		MediaType detected;
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			detected = this.mimeTypes.detect(in, new Metadata()).getBaseType();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		if (this.mimeTypes.getMediaTypeRegistry().isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
			return isWorkbook(bytes) ? SpreadsheetFormat.XLSX : null;
		}
		return MediaType.TEXT_PLAIN.equals(detected) ? SpreadsheetFormat.CSV : null;
	}

	private Result rows(SpreadsheetFormat format, List<List<String>> table, List<String> headings,
			Collection<String> required) {
		int headingRow = 0;
		while (headingRow < table.size() && isBlank(table.get(headingRow))) {
			headingRow++;
		}
		if (headingRow == table.size()) {
			return Result.refused(SpreadsheetProblem.NO_HEADINGS, null);
		}
		Map<String, String> known = new LinkedHashMap<>();
		for (String heading : headings) {
			known.put(key(heading), heading);
		}
		List<String> found = table.get(headingRow);
		Map<Integer, String> columns = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int column = 0; column < found.size(); column++) {
			String cell = found.get(column).strip();
			if (cell.isEmpty()) {
				continue;
			}
			String heading = known.get(key(cell));
			if (heading == null) {
				unknown.add(cell);
			}
			else if (columns.containsValue(heading)) {
				return Result.refused(SpreadsheetProblem.DUPLICATE_COLUMNS, quoted(List.of(cell)));
			}
			else {
				columns.put(column, heading);
			}
		}
		if (!unknown.isEmpty()) {
			return Result.refused(SpreadsheetProblem.UNKNOWN_COLUMNS, quoted(unknown));
		}
		List<String> missing = required.stream().filter((heading) -> !columns.containsValue(heading)).toList();
		if (!missing.isEmpty()) {
			return Result.refused(SpreadsheetProblem.MISSING_COLUMNS, quoted(missing));
		}
		List<SpreadsheetRow> rows = new ArrayList<>();
		for (int index = headingRow + 1; index < table.size(); index++) {
			List<String> cells = table.get(index);
			if (isBlank(cells)) {
				continue;
			}
			Map<String, String> byHeading = new LinkedHashMap<>();
			columns.forEach((column, heading) -> byHeading.put(heading,
					(column < cells.size()) ? restored(cells.get(column)) : ""));
			rows.add(new SpreadsheetRow(index + 1, byHeading));
		}
		if (rows.isEmpty()) {
			return Result.refused(SpreadsheetProblem.NO_ROWS, null);
		}
		if (rows.size() > this.maxRows) {
			return Result.refused(SpreadsheetProblem.TOO_MANY_ROWS, String.valueOf(this.maxRows));
		}
		return new Result(format, rows, null, null);
	}

	/**
	 * A cell with the apostrophe {@link SpreadsheetWriter} put before a formula taken
	 * off.
	 */
	static String restored(String text) {
		if (text.length() > 1 && text.charAt(0) == '\''
				&& SpreadsheetWriter.FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	/** A heading as compared: lower case, letters and digits only. */
	static String key(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private List<List<String>> xlsx(byte[] bytes) throws IOException {
		List<List<String>> table = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				return table;
			}
			Sheet sheet = workbook.getSheetAt(0);
			int nonBlank = 0;
			for (Row row : sheet) {
				while (table.size() < row.getRowNum()) {
					table.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
					cells.add(text(row.getCell(column)));
				}
				table.add(cells);
				if (!isBlank(cells) && ++nonBlank > this.maxRows + 1) {
					throw new TooManyRows();
				}
			}
		}
		return table;
	}

	private List<List<String>> csv(byte[] bytes) throws IOException {
		String text = decoded(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (!firstLine.contains(",") && firstLine.contains(";")) ? ';' : ',';
		List<List<String>> table = new ArrayList<>();
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			int nonBlank = 0;
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				table.add(cells);
				if (!isBlank(cells) && ++nonBlank > this.maxRows + 1) {
					throw new TooManyRows();
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return table;
	}

	/** UTF-8, or Windows' Western code page (what Excel saves "CSV" in) if it is not. */
	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	/** A cell as a person reads it. */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case NUMERIC -> numeric(cell);
			default -> "";
		};
	}

	private static String numeric(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return date.format(DATE);
		}
		BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
		String format = cell.getCellStyle().getDataFormatString();
		if (format != null && format.contains("%")) {
			return plain(number.movePointRight(2)) + "%";
		}
		return plain(number);
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/**
	 * Whether a ZIP archive is an XLSX workbook: its content types declare a workbook's
	 * main part and the archive holds it. Read with {@link ZipFile}, which inflates only
	 * the entry read.
	 */
	static boolean isWorkbook(byte[] zipBytes) {
		Path file = null;
		try {
			file = Files.createTempFile("waymark-import-", ".zip");
			Files.write(file, zipBytes);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
				if (contentTypes == null) {
					return false;
				}
				String xml;
				try (InputStream in = zip.getInputStream(contentTypes)) {
					xml = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
				}
				return xml.contains(WORKBOOK_MAIN_PART) && zip.getEntry("xl/workbook.xml") != null;
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A temporary file the system cleans up.
				}
			}
		}
	}

	private static boolean agrees(SpreadsheetFormat format, String extension) {
		String lower = extension.toLowerCase(Locale.ROOT);
		return (format == SpreadsheetFormat.XLSX) ? lower.equals("xlsx") : (lower.equals("csv") || lower.equals("txt"));
	}

	private static String extension(String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = last.lastIndexOf('.');
		return (dot <= 0 || dot == last.length() - 1) ? null : last.substring(dot + 1);
	}

	private static boolean isBlank(List<String> cells) {
		return cells.stream().allMatch(String::isBlank);
	}

	private static String quoted(List<String> headings) {
		return headings.stream().map((heading) -> "\u201C" + heading + "\u201D").collect(Collectors.joining(", "));
	}

	/** Stops reading a file as soon as it has more rows than allowed. */
	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	/**
	 * What was read: the rows, or why the file was refused.
	 *
	 * @param format the format found
	 * @param rows the rows under the headings, when read
	 * @param problem why the file was refused, or null
	 * @param detail the problem's detail (a limit, an extension, the headings), or null
	 */
	public record Result(SpreadsheetFormat format, List<SpreadsheetRow> rows, SpreadsheetProblem problem,
			String detail) {

		static Result refused(SpreadsheetProblem problem, String detail) {
			return new Result(null, List.of(), problem, detail);
		}

		public boolean accepted() {
			return this.problem == null;
		}

	}

}
