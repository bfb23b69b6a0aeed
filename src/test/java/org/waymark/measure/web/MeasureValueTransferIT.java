package org.waymark.measure.web;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.shared.PendingImport;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A programme's measure values out to spreadsheets and back, on PostgreSQL with the demo
 * data. Imports that write go to a measure of programme 7 that each test makes (and
 * removes), imported by programme 7's lead.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class MeasureValueTransferIT {

	private static final String LEAD7 = "lead7@example.org";

	private static final String ADMIN = "admin@example.org";

	private static final String MEASURE = "Transfer test measure";

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

	private DemoFixtures fixtures;

	private long programme7;

	private long measure;

	@BeforeEach
	void ownMeasure() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.programme7 = this.fixtures.programmeId(7);
		this.measure = this.jdbc.queryForObject("insert into measure (programme_id, name, unit, polarity,"
				+ " decimal_places, position, version) values (?, ?, 'PERCENT', 'HIGHER_IS_BETTER', 1, 999, 0)"
				+ " returning id", Long.class, this.programme7, MEASURE);
	}

	@AfterEach
	void removeOwnMeasure() {
		this.jdbc.update("delete from measure_value where measure_id = ?", this.measure);
		this.jdbc.update("delete from measure where id = ?", this.measure);
	}

	@Test
	void everyProgrammesExportReimportsWithNoChange() throws Exception {
		for (int number = 1; number <= 7; number++) {
			long programme = this.fixtures.programmeId(number);
			for (String extension : List.of("xlsx", "csv")) {
				MockHttpServletResponse export = download(ADMIN,
						"/programmes/" + programme + "/measure-values/export." + extension);
				assertThat(export.getStatus()).isEqualTo(200);
				long before = values(programme);

				MockHttpServletResponse answer = upload(ADMIN, programme, "values." + extension,
						export.getContentAsByteArray(), new MockHttpSession());

				if (before == 0) {
					assertThat(page(answer).text()).contains("headings but no rows");
					continue;
				}
				Document preview = page(answer);
				assertThat(outcomes(preview)).as("programme %d, %s", number, extension)
					.hasSize((int) published(programme))
					.containsOnly("No change");
			}
		}
	}

	@Test
	void aNewValueIsAddedByMeasureNameAndAnUpdateMatchesItsPeriodEnd() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String csv = "Measure,Period,Period end,Value,Data status,Definition changed\n" + MEASURE
				+ ",Q3 2017/18,31/12/2017,54.3%,,\n";
		assertThat(outcomes(page(upload(LEAD7, this.programme7, "values.csv", bytes(csv), session))))
			.containsExactly("New");
		assertThat(confirm(LEAD7, this.programme7, session).getRedirectedUrl())
			.isEqualTo("/programmes/" + this.programme7 + "/measure-values/import");
		Map<String, Object> stored = this.jdbc.queryForMap(
				"select period_label, period_end, numeric_value,"
						+ " reported_text, provisional, data_status from measure_value where measure_id = ?",
				this.measure);
		assertThat(stored).containsEntry("period_label", "Q3 2017/18")
			.containsEntry("reported_text", "54.3%")
			.containsEntry("provisional", false)
			.containsEntry("data_status", "REPORTED");
		assertThat(stored.get("period_end").toString()).isEqualTo("2017-12-31");
		assertThat(((java.math.BigDecimal) stored.get("numeric_value")).compareTo(new java.math.BigDecimal("54.3")))
			.isZero();

		String update = "Measure ID,Period,Period end,Value,Data status,Definition changed\n" + this.measure
				+ ",Q3 2017/18,2017-12-31,Awaiting updated data,Awaiting data,yes\n";
		Document preview = page(upload(LEAD7, this.programme7, "values.csv", bytes(update), session));
		assertThat(outcomes(preview)).containsExactly("Changed");
		assertThat(preview.select("#row-2").text()).contains("Value", "Data status", "Definition changed");
		confirm(LEAD7, this.programme7, session);

		assertThat(this.jdbc.queryForMap("select count(*) as n, max(reported_text) as text, max(data_status) as status,"
				+ " bool_and(definition_changed) as changed, max(numeric_value) as figure from measure_value"
				+ " where measure_id = ?", this.measure))
			.containsEntry("n", 1L)
			.containsEntry("text", "Awaiting updated data")
			.containsEntry("status", "AWAITING_DATA")
			.containsEntry("changed", true)
			.containsEntry("figure", null);
	}

	@Test
	void badRowsAreErrorsNamingTheirColumnAndNothingIsSaved() throws Exception {
		this.jdbc.update("insert into measure_value (measure_id, period_label, period_end, reported_text, data_status,"
				+ " definition_changed, provisional, version) values (?, 'Q1 2018/19', '2018-06-30', '40%', 'REPORTED',"
				+ " false, true, 0)", this.measure);
		String csv = String.join("\n", "Measure ID,Measure,Period,Period end,Value,Data status,Definition changed",
				"987654321,,Q1,2018-06-30,1,,", ",No such measure,Q1,2018-06-30,1,,",
				this.measure + ",,Q1,31st June 2018,1,,", this.measure + ",,Q1,2018-03-31,54..3,,",
				this.measure + ",,Q1,2018-03-31,5,Guessed,", this.measure + ",,Q1,2018-03-31,5,,perhaps",
				this.measure + ",,Q1,2018-06-30,41%,,", ",,Q1,2018-06-30,1,,");

		Document preview = page(upload(LEAD7, this.programme7, "values.csv", bytes(csv), new MockHttpSession()));

		assertThat(outcomes(preview)).containsOnly("Error").hasSize(8);
		assertThat(preview.select("#row-2").text()).contains("Measure ID", "no measure 987654321");
		assertThat(preview.select("#row-3").text()).contains("Measure", "no measure called");
		assertThat(preview.select("#row-4").text()).contains("Period end", "is not a date");
		assertThat(preview.select("#row-5").text()).contains("Value", "not a number Waymark can read");
		assertThat(preview.select("#row-6").text()).contains("Data status", "\u201CGuessed\u201D is not a data status");
		assertThat(preview.select("#row-7").text()).contains("Definition changed", "Enter Yes or No");
		assertThat(preview.select("#row-8").text()).contains("Period end", "A report being written holds a value");
		assertThat(preview.select("#row-9").text()).contains("Measure", "Enter the Measure ID or the measure");
		assertThat(this.jdbc.queryForObject("select count(*) from measure_value where measure_id = ?", Long.class,
				this.measure))
			.isEqualTo(1);
	}

	@Test
	void onlyTheProgrammesLeadsAndAdminsImportAndEveryoneExports() throws Exception {
		String address = "/programmes/" + this.programme7 + "/measure-values/import";
		for (String refused : List.of("lead@example.org", "executive@example.org", "scrutiny@example.org")) {
			assertThat(this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(refused))))
				.andReturn()
				.getResponse()
				.getStatus()).as(refused).isEqualTo(403);
			assertThat(upload(refused, this.programme7, "values.csv", bytes("Period end,Value\n2018-03-31,1\n"),
					new MockHttpSession())
				.getStatus()).as(refused).isEqualTo(403);
			assertThat(download(refused, "/programmes/" + this.programme7 + "/measure-values/export.csv").getStatus())
				.as(refused)
				.isEqualTo(200);
		}
		for (String allowed : List.of(LEAD7, ADMIN)) {
			assertThat(this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(allowed))))
				.andReturn()
				.getResponse()
				.getStatus()).as(allowed).isEqualTo(200);
		}
	}

	private long values(long programme) {
		return this.jdbc.queryForObject("select count(*) from measure_value v join measure m on m.id = v.measure_id"
				+ " where m.programme_id = ?", Long.class, programme);
	}

	private long published(long programme) {
		return this.jdbc.queryForObject("select count(*) from measure_value v join measure m on m.id = v.measure_id"
				+ " where m.programme_id = ? and not v.provisional", Long.class, programme);
	}

	private MockHttpServletResponse download(String username, String address) throws Exception {
		return this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse upload(String username, long programme, String name, byte[] content,
			MockHttpSession session) throws Exception {
		return this.mvc
			.perform(multipart("/programmes/" + programme + "/measure-values/import")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.session(session)
				.with(user(this.users.loadUserByUsername(username)))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse confirm(String username, long programme, MockHttpSession session) throws Exception {
		PendingImport pending = (PendingImport) session.getAttribute(MeasureValueTransferController.PENDING);
		return this.mvc
			.perform(post("/programmes/" + programme + "/measure-values/import/confirm").param("token", pending.token())
				.session(session)
				.with(user(this.users.loadUserByUsername(username)))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static List<String> outcomes(Document preview) {
		return preview.select("tr[id^=row-] .govuk-tag").stream().map(Element::text).toList();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
