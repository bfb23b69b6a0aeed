package org.waymark.shared.web;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.DemoFixtures;
import org.waymark.support.SampleFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-size uploads on a real server, where the limits are the container's and a refused
 * request can lose its CSRF token: MockMvc never enforces either, so this runs the
 * application in Tomcat (on the embedded database, with small limits so the files stay
 * small).
 * <ul>
 * <li>A file over the application's limit but within the server's is refused on the form,
 * keeping the title and summary typed.</li>
 * <li>A file over the server's limit is turned back before the form is read: the browser
 * is sent to the form, which says the file was too large and that what was typed must be
 * entered again, rather than the bare 413 error page it gets without the application's
 * filter.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UploadLimitsIT {

	@TempDir
	static Path dataDirectory;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private HttpClient browser;

	private long draft;

	@DynamicPropertySource
	static void smallLimitsOnAnEmbeddedDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDirectory.resolve("waymark")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("waymark.uploads.max-file-size", () -> "1MB");
		registry.add("waymark.imports.max-file-size", () -> "1MB");
		registry.add("spring.servlet.multipart.max-file-size", () -> "2MB");
		registry.add("spring.servlet.multipart.max-request-size", () -> "2MB");
	}

	@BeforeEach
	void leadSignedInWithADraft() throws Exception {
		this.draft = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).draftReport(1, "Q2");
		this.browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String csrf = csrfToken(get("/login").body());
		HttpResponse<String> signedIn = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode("lead@example.org") + "&password="
					+ encode("lead-demo-1") + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	@Test
	void fileOverTheApplicationsLimitIsRefusedOnTheFormKeepingWhatWasTyped() throws Exception {
		HttpResponse<String> response = upload("Young Carers", "What changed for them", pdfOf(1536 * 1024));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#file-error").text()).isEqualTo("Error: The selected file must be smaller than 1 MB");
		assertThat(page.select("#title").val()).isEqualTo("Young Carers");
		assertThat(page.select("#summary").text()).isEqualTo("What changed for them");
		assertThat(caseStudies()).isZero();
	}

	@Test
	void fileOverTheServersLimitSendsThePersonBackToTheFormWithTheReason() throws Exception {
		HttpResponse<String> response = upload("Young Carers", "What changed for them", pdfOf(3 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/reports/" + this.draft + "/edit/case-studies?fileTooBig");

		HttpResponse<String> form = get(location);
		assertThat(form.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(form.body());
		assertThat(page.select(".govuk-error-summary a[href=#file]").text())
			.startsWith("The selected file must be smaller than 1 MB. It was too large to receive");
		assertThat(caseStudies()).isZero();
	}

	@Test
	void spreadsheetOverTheServersLimitSendsThePersonBackToTheImportPageWithTheReason() throws Exception {
		long programme = this.jdbc.queryForObject("select programme_id from highlight_report where id = ?", Long.class,
				this.draft);
		String importPage = "/programmes/" + programme + "/measure-values/import";
		String csrf = csrfToken(get(importPage).body());
		String boundary = "----waymark" + UUID.randomUUID();
		byte[] body = multipart(boundary, Map.of("_csrf", csrf), "values.csv", new byte[3 * 1024 * 1024]);
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri(importPage))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo(importPage + "?fileTooBig");
		Document page = Jsoup.parse(get(location).body());
		assertThat(page.select(".govuk-error-summary a[href=#file]").text())
			.isEqualTo("The selected file must be smaller than 1 MB");
	}

	@Test
	void fileWithinTheLimitIsAdded() throws Exception {
		HttpResponse<String> response = upload("Young Carers", "", SampleFiles.pdf());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(caseStudies()).isOne();
	}

	private HttpResponse<String> upload(String title, String summary, byte[] file) throws Exception {
		String addForm = "/reports/" + this.draft + "/edit/case-studies";
		String csrf = csrfToken(get(addForm).body());
		String boundary = "----waymark" + UUID.randomUUID();
		byte[] body = multipart(boundary, Map.of("_csrf", csrf, "title", title, "summary", summary), "report.pdf",
				file);
		return this.browser.send(HttpRequest.newBuilder(uri(addForm))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int caseStudies() {
		return this.jdbc.queryForObject("select count(*) from case_study where report_id = ?", Integer.class,
				this.draft);
	}

	/** A PDF of the given size: a real header, then padding. */
	private static byte[] pdfOf(int size) {
		byte[] bytes = new byte[size];
		byte[] pdf = SampleFiles.pdf();
		System.arraycopy(pdf, 0, bytes, 0, pdf.length);
		return bytes;
	}

	private static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] file)
			throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfToken(String html) {
		String token = Jsoup.parse(html).select("input[name=_csrf]").val();
		assertThat(token).as("the page carries a CSRF token").isNotEmpty();
		return token;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
