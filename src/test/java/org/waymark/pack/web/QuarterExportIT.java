package org.waymark.pack.web;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportReviewService;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The quarter's data downloaded as the demo users, on PostgreSQL with the demo data, and
 * parsed back: the workbook with POI, the CSV files with Commons CSV. 2017/18 Q3 is
 * closed, so everyone gets what was published (programme 7 Amber, programme 6 exempt with
 * the executive summary's status); the 2018/19 actions are programme 6's final plan.
 * Reports not yet published are made in a later, still upcoming quarter inside a
 * transaction that is rolled back: the executive gets the submitted one, scrutiny
 * neither.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class QuarterExportIT {

	private static final String ADMIN = "admin@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String SUBMITTED_REASON = "Export test: submitted, not yet published";

	private static final String SUBMITTED_VALUE = "Export test: 77% (submitted)";

	private static final String DRAFT_REASON = "Export test: a draft";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ReportReviewService review;

	private DemoFixtures demo;

	private long planId;

	private long q3;

	@BeforeEach
	void demoPlan() {
		this.demo = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.q3 = this.demo.periodId(2017, "Q3");
	}

	@Test
	void theExecutivesWorkbookHasQ3sStatusesMeasuresAndActionsWithTheirIds() throws Exception {
		MockHttpServletResponse response = download(EXECUTIVE, url(this.q3, "export.xlsx"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(XLSX);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename=\"cypp-2016-19-2017-18-q3.xlsx\"");
		Map<String, List<List<String>>> workbook = workbook(response.getContentAsByteArray());
		assertThat(workbook).containsOnlyKeys("Statuses", "Measures", "Actions");

		List<Map<String, String>> statuses = records(workbook.get("Statuses"));
		assertThat(statuses).hasSize(7)
			.extracting((row) -> row.get("Programme number"))
			.containsExactly("1", "2", "3", "4", "5", "6", "7");
		Map<String, String> seven = statuses.get(6);
		assertThat(seven).containsEntry("Programme ID", String.valueOf(this.demo.programmeId(7)))
			.containsEntry("Quarter", "2017/18 Q3")
			.containsEntry("Status", "Amber")
			.containsEntry("Status from", "Highlight report")
			.containsEntry("Return", "Published")
			.containsEntry("Report ID", String.valueOf(this.demo.reportId(7, 2017, "Q3")))
			.containsEntry("Report state", "Published");
		assertThat(seven.get("Reason for the status")).contains("Final Task and Finish Group");
		assertThat(seven.get("Trend")).isIn("Improving", "Unchanged", "Declining", "New");
		Map<String, String> six = statuses.get(5);
		assertThat(six).containsEntry("Status", "Green")
			.containsEntry("Status from", "Executive summary")
			.containsEntry("Return", "Exempt")
			.containsEntry("Report ID", "");
		assertThat(six.get("Exemption reason")).contains("OFSTED");

		Map<String, String> visits = measure(workbook.get("Measures"), "Number of visits to Somerset Choices Website");
		assertThat(visits)
			.containsEntry("Measure ID", String.valueOf(measureId(1, "Number of visits to Somerset Choices Website")))
			.containsEntry("Programme number", "1")
			.containsEntry("Unit", "Count")
			.containsEntry("Period", "R12 months ending December 17")
			.containsEntry("Current value", "42,760 (R12 months ending December 17)")
			.containsEntry("Current value (number)", "42760")
			.containsEntry("Previous value (number)", "39177")
			.containsEntry("Direction of travel", "Improved")
			.containsEntry("Report ID", String.valueOf(this.demo.reportId(1, 2017, "Q3")));
		assertThat(measure(workbook.get("Measures"), "Infant mortality").get("Comparators"))
			.contains("England average: 3.9 per 1,000 (2014\u20132016)");
		assertThat(records(workbook.get("Measures"))).extracting((row) -> row.get("Programme number"))
			.as("programme 6 was exempt: no measures table")
			.doesNotContain("6")
			.contains("7");
	}

	@Test
	void theActionsOfTheQuartersYearComeWithTheirRatingInWordsAndTheirIds() throws Exception {
		long q1 = this.demo.periodId(2018, "Q1");
		MockHttpServletResponse response = download(SCRUTINY, url(q1, "actions.csv"));

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename=\"cypp-2016-19-2018-19-q1-actions.csv\"");
		List<Map<String, String>> actions = records(csv(response.getContentAsByteArray()));
		List<Long> ids = this.jdbc.queryForList("""
				select a.id from action a join objective o on o.id = a.objective_id
				join action_plan ap on ap.id = o.action_plan_id
				where ap.programme_id = ? and ap.financial_year = 2018 order by o.position, a.position, a.id""",
				Long.class, this.demo.programmeId(6));
		assertThat(actions).filteredOn((row) -> row.get("Programme number").equals("6"))
			.extracting((row) -> row.get("Action ID"))
			.containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
		assertThat(actions).allSatisfy((row) -> {
			assertThat(row.get("BRAG")).isIn("Blue", "Green", "Amber", "Red", "Not rated");
			assertThat(row.get("Overdue")).isIn("Yes", "No");
		});
		assertThat(actions).extracting((row) -> row.get("Deadline"))
			.as("as written")
			.contains("a) 31st May 2018 b) 1st June 2018 c) 1st June 2018", "Developed during the 2018/2019 year");
	}

	@Test
	void eachCsvFileHoldsTheRowsOfItsSheetInTheWorkbook() throws Exception {
		long q1 = this.demo.periodId(2018, "Q1");
		for (long period : List.of(this.q3, q1)) {
			Map<String, List<List<String>>> workbook = workbook(
					download(ADMIN, url(period, "export.xlsx")).getContentAsByteArray());
			assertThat(csv(download(ADMIN, url(period, "statuses.csv")).getContentAsByteArray()))
				.isEqualTo(workbook.get("Statuses"));
			assertThat(csv(download(ADMIN, url(period, "measures.csv")).getContentAsByteArray()))
				.isEqualTo(workbook.get("Measures"));
			assertThat(csv(download(ADMIN, url(period, "actions.csv")).getContentAsByteArray()))
				.isEqualTo(workbook.get("Actions"));
		}
	}

	@Test
	@Transactional
	void scrutinyNeverGetsAReportNotYetPublishedWhileTheExecutiveGetsASubmittedOne() throws Exception {
		// A quarter not yet closed (so that a submitted report is shown to the executive)
		// in which programmes 3 and 4 have no report: other tests sharing the database
		// write reports in several of the demo's later quarters.
		long period = this.jdbc.queryForObject("""
				select rp.id from reporting_period rp join plan on plan.id = rp.plan_id
				where plan.short_name = ? and rp.state <> 'CLOSED' and not exists
				  (select 1 from highlight_report r where r.reporting_period_id = rp.id and r.programme_id in (?, ?))
				order by rp.financial_year desc, rp.quarter desc limit 1""", Long.class, DemoFixtures.DEMO_PLAN,
				this.demo.programmeId(3), this.demo.programmeId(4));
		long submitted = report(3, period, "SUBMITTED", "RED", SUBMITTED_REASON);
		long measure = this.jdbc.queryForObject("select min(id) from measure where programme_id = ?", Long.class,
				this.demo.programmeId(3));
		long value = this.jdbc.queryForObject("""
				insert into measure_value (measure_id, period_label, numeric_value, reported_text, data_status,
				  definition_changed, provisional, version)
				values (?, 'Q4 2018/19', 77, ?, 'REPORTED', false, true, 0) returning id""", Long.class, measure,
				SUBMITTED_VALUE);
		this.jdbc.update("insert into report_measure_row (report_id, measure_id, current_value_id, position)"
				+ " values (?, ?, ?, 0)", submitted, measure, value);
		long draft = report(4, period, "DRAFT", "AMBER", DRAFT_REASON);

		Map<String, List<List<String>>> executive = workbook(
				download(EXECUTIVE, url(period, "export.xlsx")).getContentAsByteArray());
		Map<String, String> three = records(executive.get("Statuses")).get(2);
		assertThat(three).containsEntry("Status", "Red")
			.containsEntry("Reason for the status", SUBMITTED_REASON)
			.containsEntry("Return", "Submitted")
			.containsEntry("Report ID", String.valueOf(submitted))
			.containsEntry("Report state", "Submitted");
		assertThat(records(executive.get("Measures"))).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("Measure ID", String.valueOf(measure))
				.containsEntry("Current value", SUBMITTED_VALUE)
				.containsEntry("Current value (number)", "77"));
		assertThat(records(executive.get("Statuses")).get(3)).as("a draft is for its leads and admins")
			.containsEntry("Status", "")
			.containsEntry("Report ID", "");

		for (byte[] file : List.of(download(SCRUTINY, url(period, "export.xlsx")).getContentAsByteArray(),
				download(SCRUTINY, url(period, "statuses.csv")).getContentAsByteArray(),
				download(SCRUTINY, url(period, "measures.csv")).getContentAsByteArray())) {
			String text = everything(file);
			assertThat(text).doesNotContain(SUBMITTED_REASON, SUBMITTED_VALUE, DRAFT_REASON);
		}
		Map<String, List<List<String>>> scrutiny = workbook(
				download(SCRUTINY, url(period, "export.xlsx")).getContentAsByteArray());
		assertThat(records(scrutiny.get("Statuses")).get(2)).containsEntry("Status", "").containsEntry("Report ID", "");
		assertThat(records(scrutiny.get("Measures")))
			.noneSatisfy((row) -> assertThat(row).containsEntry("Programme number", "3"));

		Map<String, List<List<String>>> admin = workbook(
				download(ADMIN, url(period, "export.xlsx")).getContentAsByteArray());
		assertThat(records(admin.get("Statuses")).get(3)).containsEntry("Status", "Amber")
			.containsEntry("Report ID", String.valueOf(draft))
			.containsEntry("Report state", "Draft");
	}

	@Test
	@Transactional
	void aClosedQuarterKeepsItsPublishedRevisionWhileACorrectionIsWritten() throws Exception {
		long publishedId = this.demo.reportId(4, 2017, "Q3");
		HighlightReport published = this.entityManager.find(HighlightReport.class, publishedId);
		UserDetails admin = this.users.loadUserByUsername(ADMIN);
		long correctionId = this.review.startCorrection(publishedId, published.getVersion(), "A typo",
				UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		this.entityManager.find(HighlightReport.class, correctionId).setStatus(Rag.RED, "Corrected to Red");
		this.entityManager.flush();

		Map<String, String> four = records(csv(download(ADMIN, url(this.q3, "statuses.csv")).getContentAsByteArray()))
			.get(3);

		assertThat(four).containsEntry("Status", "Green")
			.containsEntry("Report ID", String.valueOf(publishedId))
			.containsEntry("Report revision", "1");
		assertThat(records(csv(download(ADMIN, url(this.q3, "measures.csv")).getContentAsByteArray())))
			.extracting((row) -> row.get("Report ID"))
			.doesNotContain(String.valueOf(correctionId));
	}

	@Test
	@Transactional
	void aPeriodOfAnotherPlanOrIdsThatAreNotThereAreNotFound() throws Exception {
		long otherPlan = this.jdbc.queryForObject("""
				insert into plan (title, short_name, first_year, last_year, status)
				values ('Export test plan', 'Export test', 2019, 2021, 'DRAFT') returning id""", Long.class);
		long otherPeriod = this.jdbc.queryForObject("""
				insert into reporting_period (plan_id, financial_year, quarter, state)
				values (?, 2019, 'Q1', 'UPCOMING') returning id""", Long.class, otherPlan);

		for (String file : List.of("export.xlsx", "statuses.csv", "measures.csv", "actions.csv")) {
			assertThat(download(EXECUTIVE, url(otherPeriod, file)).getStatus()).as(file).isEqualTo(404);
			assertThat(download(EXECUTIVE, "/plans/" + otherPlan + "/quarters/" + this.q3 + "/" + file).getStatus())
				.as(file)
				.isEqualTo(404);
			assertThat(download(SCRUTINY, "/plans/987654321/quarters/987654322/" + file).getStatus()).as(file)
				.isEqualTo(404);
		}
		assertThat(download(EXECUTIVE, "/plans/" + otherPlan + "/quarters/" + otherPeriod + "/export.xlsx")
			.getHeader("Content-Disposition")).contains("export-test-2019-20-q1.xlsx");
	}

	@Test
	void theQuarterViewLinksTheDownloads() throws Exception {
		Document page = Jsoup
			.parse(download(SCRUTINY, "/plans/" + this.planId + "/quarters/" + this.q3).getContentAsString());

		assertThat(page.select("h2").eachText()).contains("Download this quarter\u2019s data");
		assertThat(page.select("a[href*='/quarters/" + this.q3 + "/']").eachAttr("href")).containsExactly(
				url(this.q3, "summary"), url(this.q3, "pack.pdf"), url(this.q3, "executive-summary.docx"),
				url(this.q3, "export.xlsx"), url(this.q3, "statuses.csv"), url(this.q3, "measures.csv"),
				url(this.q3, "actions.csv"));
	}

	private String url(long periodId, String file) {
		return "/plans/" + this.planId + "/quarters/" + periodId + "/" + file;
	}

	private MockHttpServletResponse download(String username, String url) throws Exception {
		return this.mvc.perform(get(url).with(user(this.users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	/**
	 * A report as revision 99, the latest of its quarter: other tests sharing the
	 * database may have left a revision 1 of the same programme and quarter.
	 */
	private long report(int programme, long periodId, String state, String status, String reason) {
		return this.jdbc.queryForObject("""
				insert into highlight_report (programme_id, reporting_period_id, revision, state, overall_status,
				  status_reason, version)
				values (?, ?, 1, ?, ?, ?, 0) returning id""", Long.class, this.demo.programmeId(programme), periodId,
				state, status, reason);
	}

	private long measureId(int programme, String name) {
		return this.jdbc.queryForObject("select id from measure where programme_id = ? and name = ?", Long.class,
				this.demo.programmeId(programme), name);
	}

	private static Map<String, String> measure(List<List<String>> sheet, String name) {
		return records(sheet).stream()
			.filter((row) -> name.equals(row.get("Measure")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + name));
	}

	/** Each sheet's rows of text, heading row first, blank cells as "". */
	private static Map<String, List<List<String>>> workbook(byte[] file) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook) {
				int width = sheet.getRow(0).getLastCellNum();
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < width; column++) {
						Cell cell = row.getCell(column);
						if (cell != null && cell.getCellType() != CellType.BLANK) {
							assertThat(cell.getCellType()).as("every cell is text").isEqualTo(CellType.STRING);
						}
						cells.add((cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue()
								: "");
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	/**
	 * The file's rows of text, heading row first; the byte order mark is checked and
	 * dropped.
	 */
	private static List<List<String>> csv(byte[] file) throws IOException {
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.EXCEL.parse(new StringReader(text.substring(1)))) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		return rows;
	}

	/** The rows under the headings, each by heading. */
	private static List<Map<String, String>> records(List<List<String>> table) {
		List<String> headings = table.get(0);
		List<Map<String, String>> records = new ArrayList<>();
		for (List<String> row : table.subList(1, table.size())) {
			Map<String, String> record = new LinkedHashMap<>();
			for (int column = 0; column < headings.size(); column++) {
				record.put(headings.get(column), (column < row.size()) ? row.get(column) : "");
			}
			records.add(record);
		}
		return records;
	}

	/** All the text of a workbook or a CSV file. */
	private static String everything(byte[] file) throws IOException {
		if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
			StringBuilder text = new StringBuilder();
			workbook(file).values().forEach((rows) -> rows.forEach((row) -> text.append(String.join("|", row))));
			return text.toString();
		}
		return new String(file, StandardCharsets.UTF_8);
	}

}
