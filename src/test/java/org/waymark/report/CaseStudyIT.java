package org.waymark.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.support.SampleFiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Case studies and their files on PostgreSQL, end to end: what the lead uploads is stored
 * with the type its bytes show, comes back byte for byte to those who may read the report
 * and to nobody else, is recorded in the report's history, and is deleted with its case
 * study or when replaced.
 * <p>
 * Writes only to its own draft (programme 5, 2018/19 Q3); the other reports it reads are
 * the security matrix's samples, which it does not change.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class CaseStudyIT {

	private static final String LEAD = "lead@example.org";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private UserDetailsService users;

	private DemoFixtures fixtures;

	private long draft;

	@BeforeEach
	void ownDraft() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.draft = this.fixtures.draftReport(5, "Q3");
	}

	@Test
	void leadsFileIsStoredAsItsBytesShowAndComesBackUnchangedToThoseWhoMayReadTheDraft() throws Exception {
		long versionBefore = version(this.draft);
		MockHttpServletResponse added = as(LEAD, multipart("/reports/{id}/edit/case-studies", this.draft)
			.file(new MockMultipartFile("file", "Kooth \u201cQ3\u201d.docx", "application/zip", SampleFiles.docx()))
			.param("title", "Kooth Online Counselling")
			.param("summary", "Therapeutic support online")
			.with(csrf()));
		assertThat(added.getRedirectedUrl()).isEqualTo("/reports/" + this.draft + "/edit/case-studies");
		long caseStudy = caseStudyTitled("Kooth Online Counselling");
		assertThat(this.jdbc.queryForMap("""
				select a.file_name, a.content_type, a.size_bytes from case_study cs
				join attachment a on a.id = cs.attachment_id where cs.id = ?""", caseStudy))
			.containsEntry("file_name", "Kooth \u201cQ3\u201d.docx")
			.containsEntry("content_type", AttachmentType.DOCX.mediaType())
			.containsEntry("size_bytes", (long) SampleFiles.docx().length);
		assertThat(version(this.draft)).as("the report's version").isGreaterThan(versionBefore);
		assertThat(this.jdbc.queryForObject("""
				select r.username from case_study_aud a join revinfo r on r.rev = a.rev
				where a.id = ? and a.revtype = 0""", String.class, caseStudy)).as("who added it, in the history")
			.isEqualTo(LEAD);

		MockHttpServletResponse download = as(LEAD, attachment(this.draft, caseStudy));
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(SampleFiles.docx());
		assertThat(download.getContentType()).isEqualTo(AttachmentType.DOCX.mediaType());
		assertThat(download.getHeader("Content-Disposition"))
			.endsWith("filename*=UTF-8''Kooth%20%E2%80%9CQ3%E2%80%9D.docx");
		assertThat(download.getHeaders("Cache-Control")).containsExactly("no-store, private");
		assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(as("admin@example.org", attachment(this.draft, caseStudy)).getStatus()).isEqualTo(200);
		for (String refused : List.of("scrutiny@example.org", "executive@example.org", "lead7@example.org")) {
			assertThat(as(refused, attachment(this.draft, caseStudy)).getStatus()).as(refused).isEqualTo(403);
		}
	}

	@Test
	void replacingAFileDeletesTheOldOneAndRemovingACaseStudyDeletesItsFile() throws Exception {
		as(LEAD, multipart("/reports/{id}/edit/case-studies", this.draft)
			.file(new MockMultipartFile("file", "chart.png", "image/png", SampleFiles.png()))
			.param("title", "Chart to replace")
			.with(csrf()));
		long caseStudy = caseStudyTitled("Chart to replace");
		long firstFile = attachmentOf(caseStudy);

		String fingerprint = Jsoup
			.parse(as(LEAD, get("/reports/{id}/edit/case-studies/{c}", this.draft, caseStudy)).getContentAsString())
			.select("input[name=fingerprint]")
			.val();
		MockHttpServletResponse changed = as(LEAD,
				multipart("/reports/{id}/edit/case-studies/{c}", this.draft, caseStudy)
					.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", SampleFiles.jpeg()))
					.param("title", "Photo instead")
					.param("fingerprint", fingerprint)
					.with(csrf()));
		assertThat(changed.getStatus()).isEqualTo(302);
		long secondFile = attachmentOf(caseStudy);
		assertThat(secondFile).isNotEqualTo(firstFile);
		assertThat(count("select count(*) from attachment where id = ?", firstFile)).as("the replaced file").isZero();
		assertThat(download(caseStudy)).isEqualTo(SampleFiles.jpeg());

		String removeFingerprint = Jsoup
			.parse(as(LEAD, get("/reports/{id}/edit/case-studies/{c}/remove", this.draft, caseStudy))
				.getContentAsString())
			.select("input[name=fingerprint]")
			.val();
		MockHttpServletResponse removed = as(LEAD,
				post("/reports/{id}/edit/case-studies/{c}/remove", this.draft, caseStudy)
					.param("fingerprint", removeFingerprint)
					.with(csrf()));
		assertThat(removed.getRedirectedUrl()).isEqualTo("/reports/" + this.draft + "/edit/case-studies");
		assertThat(count("select count(*) from case_study where id = ?", caseStudy)).isZero();
		assertThat(count("select count(*) from attachment where id = ?", secondFile)).as("the removed file").isZero();
		assertThat(count("select count(*) from case_study_aud where id = ? and revtype = 2", caseStudy))
			.as("the removal, in the history")
			.isOne();
		assertThat(as(LEAD, attachment(this.draft, caseStudy)).getStatus()).isEqualTo(404);
	}

	@Test
	void refusedFileChangesNothing() throws Exception {
		int before = count("select count(*) from case_study where report_id = ?", this.draft);
		MockHttpServletResponse response = as(LEAD,
				multipart("/reports/{id}/edit/case-studies", this.draft)
					.file(new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.html()))
					.param("title", "Impostor")
					.with(csrf()));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#title").val()).isEqualTo("Impostor");
		assertThat(count("select count(*) from case_study where report_id = ?", this.draft)).isEqualTo(before);
	}

	@Test
	void scrutinyDownloadsFromAPublishedReportButNotFromADraft() throws Exception {
		long published = this.fixtures.reportId(5, 2017, "Q3");
		long publishedStudy = this.fixtures.caseStudyWithFile(published);
		MockHttpServletResponse response = as("scrutiny@example.org", attachment(published, publishedStudy));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
		assertThat(as("lead7@example.org", attachment(published, publishedStudy)).getStatus()).isEqualTo(200);

		long otherDraft = this.fixtures.draftReport(1, "Q2");
		long draftStudy = this.fixtures.caseStudyWithFile(otherDraft);
		assertThat(as("scrutiny@example.org", attachment(otherDraft, draftStudy)).getStatus()).isEqualTo(403);
	}

	@Test
	void caseStudyAskedForThroughAnotherReportIsNotFound() throws Exception {
		long published = this.fixtures.reportId(5, 2017, "Q3");
		long publishedStudy = this.fixtures.caseStudyWithFile(published);
		assertThat(as("admin@example.org", attachment(this.draft, publishedStudy)).getStatus()).isEqualTo(404);
		assertThat(as(LEAD, get("/reports/{id}/edit/case-studies/{c}", this.draft, publishedStudy)).getStatus())
			.isEqualTo(404);
	}

	@Test
	void pagesListingCaseStudiesNeverLoadTheirFiles() throws Exception {
		long caseStudy = this.fixtures.caseStudyWithFile(this.draft);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean wereEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			for (String page : List.of("/reports/{id}", "/reports/{id}/edit/case-studies",
					"/reports/{id}/edit/case-studies/{c}", "/reports/{id}/edit/case-studies/{c}/remove")) {
				MockHttpServletResponse response = as(LEAD, get(page, this.draft, caseStudy));
				assertThat(response.getStatus()).as(page).isEqualTo(200);
				assertThat(response.getContentAsString()).as(page).contains(DemoFixtures.FIXTURE_FILE_NAME);
			}
			assertThat(statistics.getEntityStatistics(Attachment.class.getName()).getLoadCount())
				.as("files loaded by the pages that list them")
				.isZero();
			as(LEAD, attachment(this.draft, caseStudy));
			assertThat(statistics.getEntityStatistics(Attachment.class.getName()).getLoadCount())
				.as("files loaded by a download")
				.isOne();
		}
		finally {
			statistics.setStatisticsEnabled(wereEnabled);
		}
	}

	private byte[] download(long caseStudy) throws Exception {
		return as(LEAD, attachment(this.draft, caseStudy)).getContentAsByteArray();
	}

	private static AbstractMockHttpServletRequestBuilder<?> attachment(long reportId, long caseStudyId) {
		return get("/reports/{id}/case-studies/{c}/attachment", reportId, caseStudyId);
	}

	private MockHttpServletResponse as(String username, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(username)))).andReturn().getResponse();
	}

	private long caseStudyTitled(String title) {
		return this.jdbc.queryForObject("select max(id) from case_study where report_id = ? and title = ?", Long.class,
				this.draft, title);
	}

	private long attachmentOf(long caseStudy) {
		return this.jdbc.queryForObject("select attachment_id from case_study where id = ?", Long.class, caseStudy);
	}

	private long version(long reportId) {
		return this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class, reportId);
	}

	private int count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Integer.class, id);
	}

}
