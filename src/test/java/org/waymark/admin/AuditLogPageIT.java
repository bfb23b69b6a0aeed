package org.waymark.admin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.support.PostgresIntegrationTest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log page and its CSV file, on PostgreSQL: filters, pages, what the file
 * holds, and who may read them. Each test writes its own lines, under an actor name no
 * other test uses, in a transaction that is rolled back; the requests run in that
 * transaction, so they see the lines and other tests never do.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@Transactional
class AuditLogPageIT {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private UserDetails admin;

	private String marker;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("admin@example.org");
		this.marker = "audit-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theLogIsNewestFirstInPagesOfFifty() throws Exception {
		Instant start = Instant.parse("2024-01-10T09:00:00Z");
		for (int i = 0; i < 120; i++) {
			line(start.plusSeconds(60L * i), this.marker + "@example.org", "USER", "Line " + i, null, null);
		}

		Document first = page("/admin/audit?who=" + this.marker);
		assertThat(first.select("#audit-count").text()).isEqualTo("120 events");
		assertThat(summaries(first)).hasSize(50).startsWith("Line 119", "Line 118").endsWith("Line 70");
		assertThat(first.select(".govuk-pagination__item--current").text()).isEqualTo("1");
		assertThat(first.select(".govuk-pagination__prev")).isEmpty();
		String next = first.select(".govuk-pagination__next a").attr("href");
		assertThat(next).contains("who=" + this.marker).contains("page=2");

		Document last = page("/admin/audit?who=" + this.marker + "&page=3");
		assertThat(summaries(last)).hasSize(20).startsWith("Line 19").endsWith("Line 0");
		assertThat(last.select(".govuk-pagination__next")).isEmpty();
		assertThat(last.select(".govuk-pagination__prev a").attr("href")).contains("page=2");

		Document pastTheEnd = page("/admin/audit?who=" + this.marker + "&page=9");
		assertThat(summaries(pastTheEnd)).isEmpty();
		Document nonsense = page("/admin/audit?who=" + this.marker + "&page=first");
		assertThat(summaries(nonsense)).hasSize(50).startsWith("Line 119");
	}

	@Test
	void filtersNarrowByCategoryWhoTextAndDaysInTheUk() throws Exception {
		String person = this.marker + "@Example.org";
		line(Instant.parse("2020-06-30T22:30:00Z"), person, "SIGN_IN", "Signed in", person, "10.0.0.1");
		// 1 July 2020 at 00:30 in the UK (BST).
		line(Instant.parse("2020-06-30T23:30:00Z"), person, "SIGN_IN_FAILED", "Wrong password", person, "10.0.0.2");
		line(Instant.parse("2020-07-02T08:00:00Z"), person, "REPORT", "Submitted the highlight report",
				"Programme 3, 2020/21 Q1", "10.0.0.3");
		line(Instant.parse("2020-07-02T09:00:00Z"), "someone-else@example.org", "REPORT",
				"Submitted " + this.marker + "-summary", "Programme 4, 2020/21 Q1", null);

		assertThat(summaries(page("/admin/audit?who=" + this.marker.toUpperCase())))
			.containsExactly("Submitted the highlight report", "Wrong password", "Signed in");
		assertThat(summaries(page("/admin/audit?category=SIGN_IN_FAILED&who=" + this.marker)))
			.containsExactly("Wrong password");
		assertThat(summaries(page("/admin/audit?text=" + this.marker + "-SUMMARY")))
			.containsExactly("Submitted " + this.marker + "-summary");
		// The text is looked for in the subject too.
		assertThat(summaries(page("/admin/audit?text=" + this.marker + "&category=SIGN_IN")))
			.containsExactly("Signed in");
		assertThat(summaries(filtered("who", this.marker, "text", "programme 3")))
			.containsExactly("Submitted the highlight report");
		assertThat(summaries(page("/admin/audit?who=" + this.marker
				+ "&fromDay=1&fromMonth=7&fromYear=2020&toDay=1&toMonth=7&toYear=2020")))
			.containsExactly("Wrong password");
		assertThat(summaries(page("/admin/audit?who=" + this.marker + "&toDay=30&toMonth=6&toYear=2020")))
			.containsExactly("Signed in");
		// % is looked for as itself, not as a wildcard.
		assertThat(summaries(filtered("who", this.marker.substring(0, 6) + "%"))).isEmpty();
		// _ likewise: "audit_1234abcd" is not "audit-1234abcd".
		assertThat(summaries(filtered("who", this.marker.substring(0, 5) + "_" + this.marker.substring(6)))).isEmpty();

		Document shown = page("/admin/audit?who=" + this.marker + "&category=REPORT");
		Element row = shown.selectFirst(".govuk-table__body tr");
		assertThat(row.select("td").eachText()).containsExactly("2 July 2020 at 9:00am", person,
				"Highlight report Submitted the highlight report", "Programme 3, 2020/21 Q1", "10.0.0.3");
		assertThat(shown.select("#category option[selected]").attr("value")).isEqualTo("REPORT");
		assertThat(shown.select("#who").attr("value")).isEqualTo(this.marker);
	}

	@Test
	void aDateThatIsNotRealIsAnErrorThatKeepsWhatWasTyped() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/audit?who=x&fromDay=31&fromMonth=2&fromYear=2020&toDay=1&toMonth=1&toYear=20x0")
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.title()).startsWith("Error: Audit log");
		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"The from date must be a real date, for example 27 3 2026",
				"The to date must be a real date, for example 27 3 2026");
		assertThat(page.select("#fromDay").attr("value")).isEqualTo("31");
		assertThat(page.select("#toYear").attr("value")).isEqualTo("20x0");
		assertThat(page.select("#who").attr("value")).isEqualTo("x");
		assertThat(page.select(".govuk-table")).isEmpty();

		Document backwards = page("/admin/audit?fromDay=2&fromMonth=1&fromYear=2020&toDay=1&toMonth=1&toYear=2020");
		assertThat(backwards.select(".govuk-error-summary__list a").eachText())
			.containsExactly("The to date must be the same as or after the from date");

		this.mvc.perform(get("/admin/audit.csv?fromDay=31&fromMonth=2&fromYear=2020").with(user(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/admin/audit?fromDay=31&fromMonth=2&fromYear=2020"));
	}

	@Test
	void theCsvFileHoldsTheFilteredLogWithFormulasNeutralised() throws Exception {
		String person = this.marker + "@example.org";
		line(Instant.parse("2021-01-05T10:00:00Z"), person, "USER", "Created the account", "new@example.org",
				"192.0.2.1");
		line(Instant.parse("2021-07-05T10:00:00Z"), person, "PLAN", "=HYPERLINK(\"http://evil\")", "-2+3", null);
		line(Instant.parse("2021-07-06T10:00:00Z"), "other@example.org", "PLAN", "Not this one", null, null);

		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/audit.csv?who=" + this.marker).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("audit-log.csv");
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.EXCEL.parse(new StringReader(text.substring(1)))) {
			records = parser.getRecords();
		}
		assertThat(records).hasSize(3);
		assertThat(records.get(0).toList()).containsExactly("When", "Who", "What", "Summary", "Subject",
				"Client address");
		assertThat(records.get(1).toList()).containsExactly("2021-07-05T11:00:00+01:00", person, "PLAN",
				"'=HYPERLINK(\"http://evil\")", "'-2+3", "");
		assertThat(records.get(2).toList()).containsExactly("2021-01-05T10:00:00Z", person, "USER",
				"Created the account", "new@example.org", "192.0.2.1");
	}

	@Test
	void onlyAdminsReadTheLog() throws Exception {
		UserDetails lead = this.users.loadUserByUsername("lead@example.org");
		UserDetails executive = this.users.loadUserByUsername("executive@example.org");
		for (UserDetails who : List.of(lead, executive)) {
			this.mvc.perform(get("/admin/audit").with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/audit.csv").with(user(who))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/audit"))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
		this.mvc.perform(get("/admin").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(
					Jsoup.parse(result.getResponse().getContentAsString()).select("#admin-audit").attr("href"))
				.isEqualTo("/admin/audit"));
	}

	private Document page(String address) throws Exception {
		String html = this.mvc.perform(get(address).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** The page with the given filter parameters (name, value, name, value...). */
	private Document filtered(String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = get("/admin/audit").with(user(this.admin));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> summaries(Document page) {
		return page.select(".govuk-table__body tr td:nth-child(3) p").eachText();
	}

	private void line(Instant when, String actor, String category, String summary, String subject, String address) {
		this.jdbc.update(
				"insert into audit_event (occurred_at, actor, category, summary, subject, client_address) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(when), actor, category, summary, subject, address);
	}

}
