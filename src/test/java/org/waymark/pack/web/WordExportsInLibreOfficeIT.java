package org.waymark.pack.web;

import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.DemoFixtures;
import org.waymark.support.LibreOffice;
import org.waymark.support.PostgresIntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Word exports in a real word processor: LibreOffice (headless) opens the demo's
 * programme 7 report and the Q3 executive summary as the scrutiny councillor downloads
 * them and prints them to PDF, and the PDF holds the headings and the tables' contents.
 * Skipped with a message where {@code soffice} is not installed; a failure on CI
 * ({@code CI=true}).
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class WordExportsInLibreOfficeIT {

	@TempDir
	Path directory;

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

	@BeforeAll
	static void libreOfficeIsThere() {
		LibreOffice.requireInstalled();
	}

	@Test
	void libreOfficePrintsTheReportWithItsMeasuresTable() throws Exception {
		DemoFixtures demo = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		String text = printed("/reports/" + demo.reportId(7, 2017, "Q3") + "/report.docx", "programme-7.docx");

		assertThat(text).contains("Programme 7: Embedding a Think Family Approach across the Workforce",
				"1. Overall improvement programme status", "Current status Amber", "Delivery group Workforce Board",
				"Measure Target and comparators Current value Previous value Direction of travel",
				"Average caseload of 14", "\u25BC Deteriorated", "\u25B2 Shows improvement");
	}

	@Test
	void libreOfficePrintsTheExecutiveSummaryWithItsStatusTable() throws Exception {
		DemoFixtures demo = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		long planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		String text = printed("/plans/" + planId + "/quarters/" + demo.periodId(2017, "Q3") + "/executive-summary.docx",
				"summary.docx");

		assertThat(text).contains("Executive summary, Year 2 Q3 (October\u2013December 2017)",
				"Progress as at end December 2017", "Improvement programme Current status Status trend",
				"7. Embedding a Think Family Approach across the Workforce Amber New");
	}

	/** The file as scrutiny downloads it, printed to PDF by LibreOffice, as one line. */
	private String printed(String url, String name) throws Exception {
		byte[] docx = this.mvc.perform(get(url).with(user(this.users.loadUserByUsername("scrutiny@example.org"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = this.directory.resolve(name);
		Files.write(file, docx);
		Map<String, Path> written = LibreOffice.convert(file, "pdf", this.directory);
		Path pdf = written.get(name.replace(".docx", ".pdf"));
		assertThat(pdf).as("LibreOffice wrote %s", written.keySet()).isNotNull();
		// Kept beside the browser screenshots, for people to look at.
		Path kept = Path.of(System.getProperty("waymark.screenshots", "target/screenshots"));
		Files.createDirectories(kept);
		Files.copy(pdf, kept.resolve("libreoffice-" + name.replace(".docx", ".pdf")),
				StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
