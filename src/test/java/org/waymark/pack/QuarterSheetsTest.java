package org.waymark.pack;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.TargetRating;
import org.waymark.pack.QuarterData.ActionRow;
import org.waymark.pack.QuarterData.Comparator;
import org.waymark.pack.QuarterData.MeasureRow;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.pack.QuarterData.Value;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetWriter;
import org.waymark.shared.SpreadsheetWriter.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of the quarter's sheets: database ids, words rather than codes, figures
 * written plainly beside the value as reported, and, once written to a file, formula-like
 * text neutralised.
 */
class QuarterSheetsTest {

	private static final long PROGRAMME_7 = 1007;

	private static final long REPORT_7 = 5007;

	private final QuarterSheets sheets = new QuarterSheets(messages());

	@Test
	void aStatusRowGivesTheIdsAndTheStatusTrendAndReturnInWords() {
		StatusRow amber = new StatusRow(PROGRAMME_7, 7, "Programme 7", "Think Family", Rag.AMBER, false,
				StatusTrend.UNCHANGED, "The final Task and Finish Group", ReturnStatus.PUBLISHED, null, REPORT_7,
				ReportState.PUBLISHED, 1);

		assertThat(this.sheets.statusRow(amber, "2017/18 Q3")).containsExactly("1007", "7", "Think Family",
				"2017/18 Q3", "Amber", "Highlight report", "Unchanged", "The final Task and Finish Group", "Published",
				null, "5007", "Published", "1");
	}

	@Test
	void anExemptProgrammesStatusComesFromTheExecutiveSummaryWithNoReport() {
		StatusRow exempt = new StatusRow(1006, 6, "Programme 6", "Children looked after", Rag.GREEN, true,
				StatusTrend.NEW, "On track", ReturnStatus.EXEMPT, "OFSTED inspection", null, null, 0);
		StatusRow nothing = new StatusRow(1002, 2, "Programme 2", "Early help", null, false, null, null,
				ReturnStatus.NOT_RECEIVED, null, null, null, 0);

		assertThat(this.sheets.statusRow(exempt, "2017/18 Q3")).containsExactly("1006", "6", "Children looked after",
				"2017/18 Q3", "Green", "Executive summary", "New", "On track", "Exempt", "OFSTED inspection", null,
				null, null);
		assertThat(this.sheets.statusRow(nothing, "2017/18 Q3")).containsExactly("1002", "2", "Early help",
				"2017/18 Q3", null, null, null, null, "Not received", null, null, null, null);
	}

	@Test
	void aMeasureRowGivesTheValueAsReportedAndAsAFigureWithComparatorsDirectionAndRatingInWords() {
		MeasureRow row = new MeasureRow(301, 1, "Infant mortality", MeasureUnit.RATE_PER_1000,
				new Value("2014-2016", "4 deaths per 1,000 live births (66 infants)", new BigDecimal("4.0000"),
						DataStatus.REPORTED),
				new Value("2013-2015", "3.8 per 1,000", new BigDecimal("3.8000"), DataStatus.REPORTED),
				new BigDecimal("3.5"), null,
				List.of(new Comparator("England average", new BigDecimal("3.9"), "2014\u20132016"),
						new Comparator("Statistical neighbours", null, null)),
				DirectionOfTravel.DETERIORATED, null, TargetRating.RED, REPORT_7);

		assertThat(this.sheets.measureRow(row)).containsExactly("301", "1", "Infant mortality", "Rate per 1,000",
				"2014-2016", "4 deaths per 1,000 live births (66 infants)", "4", "Reported", "2013-2015",
				"3.8 per 1,000", "3.8", "3.5 per 1,000", "3.5",
				"England average: 3.9 per 1,000 (2014\u20132016); Statistical neighbours", "Deteriorated", null,
				"Red: off track", "5007");
	}

	@Test
	void aMeasureWithoutAFigureSaysWhyAndKeepsTheTargetAsWorded() {
		MeasureRow row = new MeasureRow(302, 1, "Children's centre contacts", MeasureUnit.COUNT,
				new Value("Q3 2017/18", null, null, DataStatus.AWAITING_DATA),
				new Value("year to date", null, new BigDecimal("42760"), DataStatus.REPORTED), new BigDecimal("90"),
				"Target = 90%", List.of(), DirectionOfTravel.NOT_COMPARABLE, "New assessment",
				TargetRating.NOT_ASSESSED, REPORT_7);

		assertThat(this.sheets.measureRow(row)).containsExactly("302", "1", "Children's centre contacts", "Count",
				"Q3 2017/18", "Awaiting data", null, "Awaiting data", "year to date", "42760", "42760", "Target = 90%",
				"90", null, "Not comparable", "New assessment", "Not assessed", "5007");
	}

	@Test
	void anActionRowGivesItsBragAndWhetherOverdueInWords() {
		ActionRow overdue = SampleQuarter.action(901, "Revise the Strategic QA Framework", "1st June 2018",
				LocalDate.of(2018, 6, 1), Brag.AMBER, true);
		ActionRow unrated = SampleQuarter.action(902, "Track permanence plans", null, LocalDate.of(2019, 3, 31), null,
				false);

		assertThat(this.sheets.actionRow(overdue)).containsExactly("901", "6", "2",
				"Improve the consistency of social work practice", "Revise the Strategic QA Framework",
				"Strategic Manager Partnerships", "1st June 2018", "Amber", "Yes");
		assertThat(this.sheets.actionRow(unrated)).containsExactly("902", "6", "2",
				"Improve the consistency of social work practice", "Track permanence plans",
				"Strategic Manager Partnerships", "31 March 2019", "Not rated", "No");
	}

	@Test
	void everyRowIsAsLongAsItsHeadingsAndTheSheetsAreInTheWorkbooksOrder() {
		List<Table> tables = this.sheets.tables(SampleQuarter.data());

		assertThat(tables).extracting(Table::name).containsExactly("Statuses", "Measures", "Actions");
		for (Table table : tables) {
			assertThat(table.rows()).as(table.name())
				.isNotEmpty()
				.allSatisfy((row) -> assertThat(row).hasSameSizeAs(table.headings()));
		}
		assertThat(tables.get(0).headings()).startsWith("Programme ID", "Programme number");
		assertThat(tables.get(1).headings()).startsWith("Measure ID", "Programme number");
		assertThat(tables.get(2).headings()).startsWith("Action ID", "Programme number");
	}

	@Test
	void theSameDataWritesTheSameFileWithTheDatabaseIdsFirst() throws IOException {
		Table first = this.sheets.table(QuarterSheet.ACTIONS, SampleQuarter.data());
		Table again = this.sheets.table(QuarterSheet.ACTIONS, SampleQuarter.data());

		byte[] csv = SpreadsheetWriter.write(SpreadsheetFormat.CSV, first);
		assertThat(csv).isEqualTo(SpreadsheetWriter.write(SpreadsheetFormat.CSV, again));
		assertThat(csvRecords(csv)).extracting((record) -> record.get("Action ID")).containsExactly("901", "903");
	}

	@Test
	void formulaLikeTextIsNeutralisedInTheWorkbookAndInCsv() throws IOException {
		QuarterData data = SampleQuarter.data();

		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(SpreadsheetWriter.workbook(this.sheets.tables(data))))) {
			Sheet actions = workbook.getSheet("Actions");
			assertThat(text(actions.getRow(2), 4)).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"Click\")");
			Sheet measures = workbook.getSheet("Measures");
			assertThat(text(measures.getRow(1), 5)).isEqualTo("'-12 (change on last year)");
			assertThat(text(measures.getRow(1), 6)).as("a negative figure is text too").isEqualTo("'-12");
		}
		List<CSVRecord> actions = csvRecords(
				SpreadsheetWriter.write(SpreadsheetFormat.CSV, this.sheets.table(QuarterSheet.ACTIONS, data)));
		assertThat(actions.get(1).get("Action")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"Click\")");
		List<CSVRecord> measures = csvRecords(
				SpreadsheetWriter.write(SpreadsheetFormat.CSV, this.sheets.table(QuarterSheet.MEASURES, data)));
		assertThat(measures.get(0).get("Current value")).isEqualTo("'-12 (change on last year)");
	}

	@Test
	void fileNamesSayThePlanAndTheQuarter() {
		assertThat(QuarterExports.baseName(SampleQuarter.data())).isEqualTo("cypp-2016-19-2017-18-q3");
		assertThat(QuarterExports.slug("  Caf\u00e9 Plan \u2013 2019/22 ")).isEqualTo("cafe-plan-2019-22");
	}

	private static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}

	private static List<CSVRecord> csvRecords(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		try (CSVParser parser = CSVFormat.EXCEL.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
