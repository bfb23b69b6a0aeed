package org.waymark.pack.web;

import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
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
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The committee pack as PDF and the Word exports, downloaded as the demo users on
 * PostgreSQL with the demo data and read back: the PDF with PDFBox (text, bookmarks,
 * fonts embedded, tagging), the Word files with POI XWPF (headings and tables). 2017/18
 * Q3 is closed: programme 7 Amber, programme 6 exempt with the executive summary's
 * status, the published executive summary, the key risks and ORG0009. The pack the
 * scrutiny councillor downloads is saved beside the browser screenshots, so it can be
 * turned into page images and looked at.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class CommitteePackIT {

	private static final String ADMIN = "admin@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
	void theScrutinyCouncillorDownloadsTheQ3PackWithEverySectionOfTheCouncilsPaper() throws Exception {
		MockHttpServletResponse response = download(SCRUTINY, url(this.q3, "pack.pdf"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename=\"cypp-2016-19-2017-18-q3-pack.pdf\"");
		byte[] pdf = response.getContentAsByteArray();
		keep(pdf, "committee-pack-2017-18-q3-scrutiny.pdf");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(10);
			assertThat(oneLine(text)).contains("Committee pack", "Year 2 Q3 (October\u2013December 2017)",
					"Prepared by", "Contents", "Progress as at end December 2017", "Achievements and target dates met",
					"Programme status", "7. Embedding a Think Family Approach across the Workforce", "Amber",
					"From the executive summary",
					"Exempt from reporting: No highlight report this quarter, due to the OFSTED inspection",
					"Number of visits to Somerset Choices Website", "42,760", "\u25B2 Improved",
					"\u25B2 Shows improvement", "\u25BA Stayed the same", "\u25BC Has deteriorated", "Key risks",
					"Refer-on culture deeply embedded", "ORG0009", "Safeguarding Children", "2 / " + pages,
					pages + " / " + pages);

			Map<String, List<String>> bookmarks = bookmarks(document);
			assertThat(bookmarks).containsOnlyKeys("Contents", "Executive summary", "Programme status",
					"Highlight reports", "Key risks");
			assertThat(bookmarks.get("Highlight reports")).hasSize(6)
				.contains("7. Embedding a Think Family Approach across the Workforce")
				.noneMatch((title) -> title.startsWith("6."));

			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("LiberationSans"));
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentInformation().getTitle()).as("the title shown by readers, from the plan")
				.isEqualTo("Children & Young People's Plan 2016\u20132019: committee pack, "
						+ "Year 2 Q3 (October\u2013December 2017)");
		}
	}

	@Test
	void scrutinysPackLeavesOutAReportNotYetPublishedWhichTheExecutiveGets() throws Exception {
		// Programme 5's fixture report is the one other tests also take as submitted;
		// another programme's may already be a draft some test started in the quarter.
		this.demo.submittedReport(5);
		long period = this.demo.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER);

		try (PDDocument executive = Loader
			.loadPDF(download(EXECUTIVE, url(period, "pack.pdf")).getContentAsByteArray());
				PDDocument scrutiny = Loader
					.loadPDF(download(SCRUTINY, url(period, "pack.pdf")).getContentAsByteArray())) {
			assertThat(bookmarks(executive).get("Highlight reports"))
				.contains("5. Providing help early and effectively");
			assertThat(bookmarks(scrutiny).get("Highlight reports")).isEmpty();
			assertThat(oneLine(new PDFTextStripper().getText(scrutiny)))
				.contains("No executive summary has been published for this quarter.");
		}
	}

	@Test
	void programme7sReportAsWordHasRealHeadingsAndItsMeasuresTableWithAHeaderRow() throws Exception {
		long report = this.demo.reportId(7, 2017, "Q3");
		MockHttpServletResponse response = download(SCRUTINY, "/reports/" + report + "/report.docx");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(DOCX);
		assertThat(response.getHeader("Content-Disposition")).contains("filename=\"2017-18-q3-programme-7.docx\"");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Map<String, List<String>> headings = headings(docx);
			assertThat(headings.get("Heading1"))
				.containsExactly("Programme 7: Embedding a Think Family Approach across the Workforce");
			assertThat(headings.get("Heading2")).startsWith("1. Overall improvement programme status",
					"2. Progress since the last highlight report");
			assertThat(headings.get("Heading2")).contains("7. Decisions required from the partnership",
					"Outcome measures and performance indicators");
			assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");

			XWPFTable status = docx.getTables().get(1);
			assertThat(cells(status).get(0)).containsExactly("Current status", "Amber");
			XWPFTable measures = docx.getTables()
				.stream()
				.filter((table) -> cells(table).get(0).contains("Direction of travel"))
				.findFirst()
				.orElseThrow();
			assertThat(cells(measures).get(0)).containsExactly("Measure", "Target and comparators", "Current value",
					"Previous value", "Direction of travel");
			assertThat(measures.getRow(0).isRepeatHeader()).isTrue();
			assertThat(cells(measures)).hasSizeGreaterThan(1);
		}
	}

	@Test
	void aReportAsWordIsForWhoeverMayReadTheReport() throws Exception {
		long submitted = this.demo.submittedReport(5);

		assertThat(download(SCRUTINY, "/reports/" + submitted + "/report.docx").getStatus()).isEqualTo(403);
		assertThat(download(EXECUTIVE, "/reports/" + submitted + "/report.docx").getStatus()).isEqualTo(200);
		assertThat(download(SCRUTINY, "/reports/987654321/report.docx").getStatus()).isEqualTo(404);
	}

	@Test
	void theExecutiveSummaryAsWordHasItsPartsAndTheStatusTable() throws Exception {
		MockHttpServletResponse response = download(SCRUTINY, url(this.q3, "executive-summary.docx"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename=\"cypp-2016-19-2017-18-q3-executive-summary.docx\"");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Map<String, List<String>> headings = headings(docx);
			assertThat(headings.get("Heading1"))
				.containsExactly("Executive summary, Year 2 Q3 (October\u2013December 2017)");
			assertThat(headings.get("Heading2")).containsExactly("Overall", "Achievements and target dates met",
					"Slippage on target dates, issues and risks", "Planned activity for the next quarter",
					"Decisions required", "Programme status");
			List<List<String>> table = cells(docx.getTables().get(0));
			assertThat(table).hasSize(8);
			assertThat(table.get(0)).containsExactly("Improvement programme", "Current status", "Status trend",
					"Reason for current status");
			assertThat(table.get(7).get(1)).isEqualTo("Amber");
			assertThat(table.get(6).get(1)).endsWith("(From the executive summary)");
			assertThat(table.get(6).get(3)).startsWith("Exempt from reporting: No highlight report this quarter");
			assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("Progress as at end December 2017");
		}
	}

	@Test
	void theExecutiveSummaryAsWordIsNotFoundWhileNoneIsPublished() throws Exception {
		assertThat(download(ADMIN, url(this.demo.periodId(2018, "Q1"), "executive-summary.docx")).getStatus())
			.isEqualTo(404);
		assertThat(download(SCRUTINY, "/plans/987654321/quarters/987654322/pack.pdf").getStatus()).isEqualTo(404);
	}

	@Test
	void theQuarterViewAndTheReportLinkTheFiles() throws Exception {
		Document quarter = Jsoup
			.parse(download(SCRUTINY, "/plans/" + this.planId + "/quarters/" + this.q3).getContentAsString());
		assertThat(quarter.select("a[href*='/quarters/" + this.q3 + "/']").eachAttr("href"))
			.contains(url(this.q3, "pack.pdf"), url(this.q3, "executive-summary.docx"));
		Document otherQuarter = Jsoup
			.parse(download(SCRUTINY, "/plans/" + this.planId + "/quarters/" + this.demo.periodId(2018, "Q1"))
				.getContentAsString());
		assertThat(otherQuarter.select("a[href$='executive-summary.docx']")).as("no published summary").isEmpty();

		long report = this.demo.reportId(7, 2017, "Q3");
		Document page = Jsoup.parse(download(SCRUTINY, "/reports/" + report).getContentAsString());
		assertThat(page.select("a[href='/reports/" + report + "/report.docx']")).hasSize(1);
	}

	private String url(long periodId, String file) {
		return "/plans/" + this.planId + "/quarters/" + periodId + "/" + file;
	}

	private MockHttpServletResponse download(String username, String url) throws Exception {
		return this.mvc.perform(get(url).with(user(this.users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	/** Keeps a file for people to look at, beside the browser tests' screenshots. */
	private static void keep(byte[] file, String name) throws IOException {
		Path directory = Path.of(System.getProperty("waymark.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Files.write(directory.resolve(name), file);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return oneLine(new PDFTextStripper().getText(document));
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** Top-level bookmarks with the titles of their children. */
	private static Map<String, List<String>> bookmarks(PDDocument document) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
			List<String> children = new ArrayList<>();
			item.children().forEach((child) -> children.add(child.getTitle()));
			found.put(item.getTitle(), children);
		}
		return found;
	}

	private static Map<String, List<String>> headings(XWPFDocument docx) {
		return docx.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getStyle() != null)
			.collect(Collectors.groupingBy(XWPFParagraph::getStyle, LinkedHashMap::new,
					Collectors.mapping(XWPFParagraph::getText, Collectors.toList())));
	}

	private static List<List<String>> cells(XWPFTable table) {
		return table.getRows()
			.stream()
			.map((row) -> row.getTableCells().stream().map(XWPFTableCell::getText).toList())
			.toList();
	}

}
