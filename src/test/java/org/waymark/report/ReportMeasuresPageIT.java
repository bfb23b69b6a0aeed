package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.measure.MeasureQueries;
import org.waymark.support.PostgresIntegrationTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures table of a report being written, on PostgreSQL with the demo data: the
 * form shows every measure with its previous value; a save records figures and words and
 * the direction of travel follows from the figures; input that cannot be read comes back
 * with everything typed; a save over someone else's answers 409 without losing either;
 * only the programme's leads and admins get in.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportMeasuresPageIT {

	private static final String LEAD7 = "lead7@example.org";

	private static final String OTHER_LEAD = "lead@example.org";

	private static final String ADMIN = "admin@example.org";

	private static final String CASELOAD = "Average caseload of 14";

	private static final String PERMANENT = "75% permanent workforce in 2017/18";

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
	private MeasureQueries measures;

	private ReportFormPages pages;

	@BeforeEach
	void pages() {
		this.pages = new ReportFormPages(this.mvc, this.users, this.jdbc, this.entityManager, this.transactions,
				this.measures);
	}

	@Test
	void theFormShowsEveryMeasureUnderItsHeadingWithAnAnchorAndThePreviousValue() throws Exception {
		long report = this.pages.draft(7, 2016, "Q1");
		MockHttpServletResponse page = this.pages.open(LEAD7, address(report));
		assertThat(page.getStatus()).isEqualTo(200);
		Document html = Jsoup.parse(page.getContentAsString());
		List<Long> rows = this.jdbc.queryForList(
				"select id from report_measure_row where report_id = ? order by position", Long.class, report);
		assertThat(rows).hasSizeGreaterThan(4);
		for (int index = 0; index < rows.size(); index++) {
			assertThat(html.getElementById("row-" + rows.get(index))).as("row %d", index).isNotNull();
			assertThat(html.getElementById("rows[" + index + "].value")).isNotNull();
			assertThat(html.getElementById("rows[" + index + "].period")).isNotNull();
			assertThat(html.getElementById("rows[" + index + "].dataStatus")).isNotNull();
			assertThat(html.getElementById("rows[" + index + "].override")).isNotNull();
			assertThat(html.getElementById("rows[" + index + "].overrideReason")).isNotNull();
		}
		// The previous value is the latest value, filled in when the report was started.
		assertThat(rowOf(html, report, CASELOAD).text()).contains(CASELOAD, "17.79", "Not comparable");
		assertThat(html.select("label[for=rows[3].value]").text()).isEqualTo("Current value");
	}

	@Test
	void aSaveRecordsFiguresAndWordsAndTheDirectionFollowsFromTheFigures() throws Exception {
		long report = this.pages.draft(7, 2016, "Q2");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(LEAD7, address(report)).getContentAsString(), "measures-form");
		int caseload = index(report, CASELOAD);
		int permanent = index(report, PERMANENT);
		form.put("rows[" + caseload + "].value", "15.2");
		form.put("rows[" + caseload + "].period", "March 2018");
		form.put("rows[" + permanent + "].value", "Awaiting updated data");
		form.put("rows[" + permanent + "].dataStatus", "AWAITING_DATA");
		MockHttpServletResponse saved = this.pages.send(LEAD7, address(report), form);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/reports/" + report + "/edit");

		Map<String, Object> figure = current(report, CASELOAD);
		assertThat((BigDecimal) figure.get("numeric_value")).isEqualByComparingTo("15.2");
		assertThat(figure).containsEntry("reported_text", "15.2")
			.containsEntry("period_label", "March 2018")
			.containsEntry("data_status", "REPORTED");
		Map<String, Object> words = current(report, PERMANENT);
		assertThat(words.get("numeric_value")).isNull();
		assertThat(words).containsEntry("reported_text", "Awaiting updated data")
			.containsEntry("data_status", "AWAITING_DATA");
		// Rows left blank stay without a value: a draft need not be complete.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from report_measure_row where report_id = ? and current_value_id is null",
				Integer.class, report))
			.isEqualTo(rowCount(report) - 2);

		// Lower is better for caseloads, and 15.2 is below the previous 17.79.
		Document again = Jsoup.parse(this.pages.open(LEAD7, address(report)).getContentAsString());
		assertThat(rowOf(again, report, CASELOAD).text()).contains("Improved");
		assertThat(again.getElementById("rows[" + caseload + "].value").val()).isEqualTo("15.2");
		Document tasks = Jsoup.parse(this.pages.open(LEAD7, "/reports/" + report + "/edit").getContentAsString());
		assertThat(tasks.getElementById("task-measures").text()).contains("2 of " + rowCount(report));
	}

	@Test
	void anOverrideIsSavedWithItsReasonAndShownBesideTheCalculatedDirection() throws Exception {
		long report = this.pages.draft(7, 2016, "Q3");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(LEAD7, address(report)).getContentAsString(), "measures-form");
		int caseload = index(report, CASELOAD);
		form.put("rows[" + caseload + "].value", "19");
		form.put("rows[" + caseload + "].override", "NOT_COMPARABLE");
		form.put("rows[" + caseload + "].overrideReason", "Caseloads now counted per team");
		assertThat(this.pages.send(LEAD7, address(report), form).getStatus()).isEqualTo(302);

		assertThat(
				this.jdbc.queryForMap("select direction_override, override_reason from report_measure_row where id = ?",
						rowId(report, CASELOAD)))
			.containsEntry("direction_override", "NOT_COMPARABLE")
			.containsEntry("override_reason", "Caseloads now counted per team");
		Document again = Jsoup.parse(this.pages.open(LEAD7, address(report)).getContentAsString());
		assertThat(rowOf(again, report, CASELOAD).text()).contains("Deteriorated");
		assertThat(again.select("select[name=rows[" + caseload + "].override] option[selected]").val())
			.isEqualTo("NOT_COMPARABLE");
		Document view = Jsoup.parse(this.pages.open(LEAD7, "/reports/" + report).getContentAsString());
		assertThat(view.text()).contains("Set by the lead: Caseloads now counted per team",
				"Calculated from the figures: Deteriorated");
	}

	@Test
	void inputThatCannotBeSavedComesBackWithAnErrorSummaryAndEverythingTyped() throws Exception {
		long report = this.pages.draft(7, 2016, "Q4");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(LEAD7, address(report)).getContentAsString(), "measures-form");
		int caseload = index(report, CASELOAD);
		int permanent = index(report, PERMANENT);
		form.put("rows[" + caseload + "].value", "15..2");
		form.put("rows[" + caseload + "].period", "March 2018");
		form.put("rows[" + permanent + "].value", "58.1%");
		form.put("rows[" + permanent + "].override", "IMPROVED");
		form.put("rows[0].period", "p".repeat(MeasureRowInput.MAX_PERIOD_LENGTH + 1));
		MockHttpServletResponse answer = this.pages.send(LEAD7, address(report), form);

		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#rows[0].period",
				"#rows[" + permanent + "].overrideReason", "#rows[" + caseload + "].value");
		assertThat(page.select(".govuk-error-summary").text()).contains(
				CASELOAD + ": enter the value as a number, like 42,760, or in words",
				PERMANENT + ": give the reason for changing the direction of travel",
				"the period must be 200 characters or fewer");
		assertThat(page.getElementById("rows[" + caseload + "].value").val()).isEqualTo("15..2");
		assertThat(page.getElementById("rows[" + caseload + "].value").attr("aria-describedby"))
			.contains("rows[" + caseload + "].value-error");
		assertThat(page.getElementById("rows[" + caseload + "].period").val()).isEqualTo("March 2018");
		assertThat(page.getElementById("rows[" + permanent + "].value").val()).isEqualTo("58.1%");
		assertThat(page.select("select[name=rows[" + permanent + "].override] option[selected]").val())
			.isEqualTo("IMPROVED");
		assertThat(page.getElementById("rows[0].period").val()).hasSize(MeasureRowInput.MAX_PERIOD_LENGTH + 1);
		// Nothing was saved, not even the rows that could have been.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from report_measure_row where report_id = ? and current_value_id is not null",
				Integer.class, report))
			.isZero();
	}

	@Test
	void aSaveOverSomeoneElsesAnswersConflictKeepingTheTypingAndShowingWhatIsSaved() throws Exception {
		long report = this.pages.draft(7, 2017, "Q1");
		String opened = this.pages.open(LEAD7, address(report)).getContentAsString();
		int caseload = index(report, CASELOAD);
		Map<String, String> first = ReportFormPages.fieldsOf(opened, "measures-form");
		first.put("rows[" + caseload + "].value", "16");
		assertThat(this.pages.send(ADMIN, address(report), first).getStatus()).isEqualTo(302);

		Map<String, String> second = ReportFormPages.fieldsOf(opened, "measures-form");
		second.put("rows[" + caseload + "].value", "18.25");
		MockHttpServletResponse answer = this.pages.send(LEAD7, address(report), second);
		assertThat(answer.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else has changed this");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#row-" + rowId(report, CASELOAD));
		assertThat(page.getElementById("rows[" + caseload + "].value").val()).isEqualTo("18.25");
		assertThat(rowOf(page, report, CASELOAD).select(".govuk-inset-text").text()).contains("What is saved now",
				"16");
		assertThat(page.select(".govuk-inset-text")).hasSize(1);
		assertThat((BigDecimal) current(report, CASELOAD).get("numeric_value")).isEqualByComparingTo("16");

		// Saving the page again replaces what the other person saved, knowingly.
		Map<String, String> again = ReportFormPages.fieldsOf(answer.getContentAsString(), "measures-form");
		assertThat(this.pages.send(LEAD7, address(report), again).getStatus()).isEqualTo(302);
		assertThat((BigDecimal) current(report, CASELOAD).get("numeric_value")).isEqualByComparingTo("18.25");
	}

	@Test
	void aLeadOfAnotherProgrammeCannotOpenOrSaveTheTable() throws Exception {
		long report = this.pages.draft(7, 2017, "Q2");
		String opened = this.pages.open(ADMIN, address(report)).getContentAsString();
		assertThat(this.pages.open(OTHER_LEAD, address(report)).getStatus()).isEqualTo(403);
		Map<String, String> form = ReportFormPages.fieldsOf(opened, "measures-form");
		form.put("rows[0].value", "12");
		assertThat(this.pages.send(OTHER_LEAD, address(report), form).getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from report_measure_row where report_id = ? and current_value_id is not null",
				Integer.class, report))
			.isZero();
	}

	@Test
	void aCorrectionChangesItsOwnValuesNotThoseOfThePublishedRevision() throws Exception {
		long published = this.pages.draft(7, 2018, "Q4");
		int caseload = index(published, CASELOAD);
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(published)).getContentAsString(), "measures-form");
		form.put("rows[" + caseload + "].value", "16.5");
		assertThat(this.pages.send(ADMIN, address(published), form).getStatus()).isEqualTo(302);
		long correction = this.transactions.execute((tx) -> {
			HighlightReport report = this.entityManager.find(HighlightReport.class, published);
			report.recordAsPublished(null, Instant.parse("2018-04-20T09:00:00Z"));
			HighlightReport next = report.startCorrection("Caseload figure was provisional");
			this.entityManager.persist(next);
			return next.getId();
		});

		Map<String, String> correcting = ReportFormPages
			.fieldsOf(this.pages.open(ADMIN, address(correction)).getContentAsString(), "measures-form");
		assertThat(correcting).containsEntry("rows[" + caseload + "].value", "16.5");
		correcting.put("rows[" + caseload + "].value", "16.8");
		assertThat(this.pages.send(ADMIN, address(correction), correcting).getStatus()).isEqualTo(302);

		assertThat((BigDecimal) current(correction, CASELOAD).get("numeric_value")).isEqualByComparingTo("16.8");
		assertThat((BigDecimal) current(published, CASELOAD).get("numeric_value")).isEqualByComparingTo("16.5");
		// A lead may not write in a correction, only the business manager.
		assertThat(this.pages.open(LEAD7, address(correction)).getStatus()).isEqualTo(403);
	}

	@Test
	void hostileInputIsShownBackEscapedAndForgedRowsAreRefused() throws Exception {
		long report = this.pages.draft(7, 2017, "Q2");
		Map<String, String> form = ReportFormPages
			.fieldsOf(this.pages.open(LEAD7, address(report)).getContentAsString(), "measures-form");
		String script = "<script>alert(1)</script>";
		for (String payload : List.of(script, "x".repeat(100_000))) {
			form.replaceAll((name, value) -> payload);
			MockHttpServletResponse answer = this.pages.send(LEAD7, address(report), form);
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getContentAsString()).doesNotContain(script);
			Document page = Jsoup.parse(answer.getContentAsString());
			assertThat(page.select(".govuk-error-summary")).isNotEmpty();
			assertThat(page.getElementById("rows[0].value").val()).isEqualTo(payload);
			assertThat(page.getElementById("rows[0].overrideReason").val()).isEqualTo(payload);
		}
		MockHttpServletResponse forged = this.pages.send(LEAD7, address(report),
				Map.of("fingerprint", "x", "rows[5000].value", "12"));
		assertThat(forged.getStatus()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from report_measure_row where report_id = ? and current_value_id is not null",
				Integer.class, report))
			.isZero();
	}

	private static String address(long report) {
		return "/reports/" + report + "/edit/measures";
	}

	private org.jsoup.nodes.Element rowOf(Document page, long report, String measure) {
		return page.getElementById("row-" + rowId(report, measure));
	}

	private long rowId(long report, String measure) {
		return this.jdbc.queryForObject("""
				select r.id from report_measure_row r join measure m on m.id = r.measure_id
				where r.report_id = ? and m.name = ?""", Long.class, report, measure);
	}

	/** The row's place in the table, which numbers its form fields. */
	private int index(long report, String measure) {
		List<String> names = this.jdbc.queryForList("""
				select m.name from report_measure_row r join measure m on m.id = r.measure_id
				where r.report_id = ? order by r.position""", String.class, report);
		return names.indexOf(measure);
	}

	private int rowCount(long report) {
		return this.jdbc.queryForObject("select count(*) from report_measure_row where report_id = ?", Integer.class,
				report);
	}

	private Map<String, Object> current(long report, String measure) {
		return this.jdbc.queryForMap("""
				select v.numeric_value, v.reported_text, v.period_label, v.data_status
				from report_measure_row r join measure_value v on v.id = r.current_value_id
				where r.id = ?""", rowId(report, measure));
	}

}
