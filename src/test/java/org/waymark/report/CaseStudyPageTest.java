package org.waymark.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.waymark.config.SecurityConfig;
import org.waymark.config.SingleSignOn;
import org.waymark.support.SampleFiles;
import org.waymark.user.AccessPolicy;
import org.waymark.user.WaymarkUser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.waymark.user.TestUsers.admin;
import static org.waymark.user.TestUsers.executive;
import static org.waymark.user.TestUsers.lead;
import static org.waymark.user.TestUsers.scrutiny;
import static org.waymark.user.TestUsers.signedInAs;

/**
 * Case study pages, rendered from the real templates by the real {@link CaseStudyService}
 * and {@link CaseStudyFileCheck} behind the real security configuration (only the
 * repositories and the report's version bump are stand-ins): who may add, change, remove
 * and download, what a refused file says, and that a form refused for any reason keeps
 * what was typed.
 */
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.waymark\\.(?!report\\.web\\.CaseStudyController|report\\.web\\.ReportWorkflowAdvice"
				+ "|shared\\.web\\.)[a-z]+\\.web\\..*"))
@Import({ SecurityConfig.class, SingleSignOn.class, AccessPolicy.class, CaseStudyService.class,
		CaseStudyFileCheck.class, ReportGuard.class })
class CaseStudyPageTest {

	private static final long DRAFT = 100;

	private static final long SUBMITTED = 101;

	private static final long PUBLISHED = 102;

	private static final long STUDY = 7;

	private static final long NEW_STUDY = 8;

	private static final long NO_FILE = 9;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HighlightReportRepository reports;

	@MockitoBean
	private CaseStudyRepository caseStudies;

	@MockitoBean
	private ReportDraftingService drafting;

	private final ReportFixtures fixtures = new ReportFixtures();

	private HighlightReport draft;

	private CaseStudy study;

	@BeforeEach
	void reports() {
		this.draft = this.fixtures.draft(DRAFT);
		this.study = ReportFixtures.withId(this.draft.addCaseStudy("Kooth Online Counselling",
				"Therapeutic support online.\n\n- 326 young people helped"), STUDY);
		this.study.attach(new Attachment("kooth.pdf", "application/pdf", SampleFiles.pdf()));
		given(this.reports.findForView(DRAFT)).willReturn(Optional.of(this.draft));
		given(this.reports.findForView(SUBMITTED)).willReturn(Optional.of(this.fixtures.submitted(SUBMITTED)));
		given(this.reports.findForView(PUBLISHED)).willReturn(Optional.of(this.fixtures.published(PUBLISHED)));
		CaseStudyListing listing = new CaseStudyListing(STUDY, "Kooth Online Counselling",
				"Therapeutic support online.\n\n- 326 young people helped", 70L, "kooth.pdf", "application/pdf",
				12_500L);
		given(this.caseStudies.findListings(DRAFT)).willReturn(List.of(listing));
		given(this.caseStudies.findListing(DRAFT, STUDY)).willReturn(Optional.of(listing));
		given(this.caseStudies.findOnReport(DRAFT, STUDY)).willReturn(Optional.of(this.study));
		given(this.caseStudies.save(any())).willAnswer((call) -> ReportFixtures.withId(call.getArgument(0), NEW_STUDY));
		given(this.caseStudies.findFileAccess(DRAFT, STUDY))
			.willReturn(Optional.of(new CaseStudyFileAccess(1L, ReportState.DRAFT, 70L)));
		given(this.caseStudies.findFileAccess(PUBLISHED, STUDY))
			.willReturn(Optional.of(new CaseStudyFileAccess(1L, ReportState.PUBLISHED, 70L)));
		given(this.caseStudies.findFileAccess(PUBLISHED, NO_FILE))
			.willReturn(Optional.of(new CaseStudyFileAccess(1L, ReportState.PUBLISHED, null)));
		given(this.caseStudies.findAttachment(anyLong(), anyLong())).willReturn(Optional.empty());
		Attachment pdf = new Attachment("kooth.pdf", "application/pdf", SampleFiles.pdf());
		given(this.caseStudies.findAttachment(DRAFT, STUDY)).willReturn(Optional.of(pdf));
		given(this.caseStudies.findAttachment(PUBLISHED, STUDY)).willReturn(Optional.of(pdf));
	}

	@Test
	void leadSeesTheCaseStudiesWithTheirFilesAndAFormToAddOne() throws Exception {
		Document page = page(get("/reports/{id}/edit/case-studies", DRAFT), lead(1L), 200);
		assertThat(page.select("h1").text()).isEqualTo("Case studies");
		assertThat(page.select(".govuk-summary-card__title").text()).isEqualTo("Kooth Online Counselling");
		assertThat(page.select(".govuk-summary-card a[href=/reports/100/case-studies/7/attachment]").text())
			.isEqualTo("Download kooth.pdf (12 KB)");
		assertThat(page.select(".govuk-summary-card li").get(0).text())
			.isEqualTo("Change (case study \u201cKooth Online Counselling\u201d)");
		assertThat(page.select(".govuk-summary-card ul.govuk-list--bullet li").text())
			.isEqualTo("326 young people helped");
		assertThat(page.select("form[enctype=multipart/form-data] input[type=file]").attr("accept"))
			.isEqualTo(".pdf,.docx,.png,.jpg,.jpeg");
		assertThat(page.select("#file-hint").text())
			.isEqualTo("A PDF, Word document (DOCX), PNG or JPEG, smaller than 10 MB.");
	}

	@Test
	void onlyThoseWhoMayWriteTheReportSeeItsCaseStudyPages() throws Exception {
		for (WaymarkUser other : List.of(lead(5L), executive(), scrutiny(1L))) {
			page(get("/reports/{id}/edit/case-studies", DRAFT), other, 403);
			page(get("/reports/{id}/edit/case-studies/{c}", DRAFT, STUDY), other, 403);
			page(get("/reports/{id}/edit/case-studies/{c}/remove", DRAFT, STUDY), other, 403);
		}
		page(get("/reports/{id}/edit/case-studies", DRAFT), admin(), 200);
	}

	@Test
	void caseStudyNotOnTheReportIsNotFoundWhoeverAsksAndWhateverTheReportsState() throws Exception {
		for (WaymarkUser person : List.of(admin(), lead(1L), scrutiny(1L))) {
			page(get("/reports/{id}/edit/case-studies/{c}", DRAFT, 999), person, 404);
			page(get("/reports/{id}/edit/case-studies/{c}/remove", SUBMITTED, 999), person, 404);
			page(remove(DRAFT, 999, "stale"), person, 404);
		}
	}

	@Test
	void caseStudiesOfASubmittedReportCannotBeChangedSoTheReportIsShownInstead() throws Exception {
		MockHttpServletResponse response = send(get("/reports/{id}/edit/case-studies", SUBMITTED), lead(1L));
		assertThat(response.getRedirectedUrl()).isEqualTo("/reports/" + SUBMITTED);
		response = send(upload(SUBMITTED, "Title", "", file("report.pdf", SampleFiles.pdf())), lead(1L));
		assertThat(response.getStatus()).isEqualTo(409);
	}

	@Test
	void addingAPdfStoresItWithTheTypeItsBytesShowWhateverTheBrowserSaid() throws Exception {
		MockMultipartFile pdf = new MockMultipartFile("file", "C:\\fakepath\\Case study.pdf", "text/html",
				SampleFiles.pdf());
		MockHttpServletResponse response = send(upload(DRAFT, "  Young Carers  ", "What changed", pdf), lead(1L));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/reports/100/edit/case-studies");
		CaseStudy added = this.draft.getCaseStudies().get(1);
		assertThat(added.getTitle()).isEqualTo("Young Carers");
		assertThat(added.getSummary()).isEqualTo("What changed");
		assertThat(added.getPosition()).isEqualTo(1);
		assertThat(added.getAttachment().getFileName()).isEqualTo("Case study.pdf");
		assertThat(added.getAttachment().getContentType()).isEqualTo("application/pdf");
		assertThat(added.getAttachment().getContent()).isEqualTo(SampleFiles.pdf());
		verify(this.drafting).touch(this.draft);
	}

	@Test
	void caseStudyWithoutAFileCanBeAdded() throws Exception {
		MockMultipartFile none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
		MockHttpServletResponse response = send(upload(DRAFT, "Young Carers", "", none), lead(1L));
		assertThat(response.getStatus()).isEqualTo(302);
		CaseStudy added = this.draft.getCaseStudies().get(1);
		assertThat(added.getAttachment()).isNull();
		assertThat(added.getSummary()).isNull();
	}

	@Test
	void webPageNamedAsAPdfIsRefusedOnTheFormWithEverythingTypedKept() throws Exception {
		Document page = page(upload(DRAFT, "Young Carers <b>Think Family</b>", "Line one\n\n- a bullet",
				file("report.pdf", SampleFiles.html())), lead(1L), 200);
		assertError(page, "The selected file must be a PDF, Word document (DOCX), PNG or JPEG");
		assertThat(page.select("#title").val()).isEqualTo("Young Carers <b>Think Family</b>");
		assertThat(page.select("#summary").first().wholeText()).isEqualTo("Line one\n\n- a bullet");
		assertThat(page.title()).startsWith("Error: ");
		assertNothingAdded();
	}

	@Test
	void pictureNamedAsAPdfIsRefusedSayingWhatItIs() throws Exception {
		Document page = page(upload(DRAFT, "Chart", "", file("chart.pdf", SampleFiles.png())), lead(1L), 200);
		assertError(page, "The selected file is a PNG image but its name ends .pdf: rename it to end .png, "
				+ "or choose a different file");
		assertNothingAdded();
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		Document page = page(upload(DRAFT, "Chart", "", file("chart.png", new byte[0])), lead(1L), 200);
		assertError(page, "The selected file is empty");
		assertNothingAdded();
	}

	@Test
	void missingTitleKeepsTheSummaryAndAsksForTheGoodFileAgainByName() throws Exception {
		Document page = page(upload(DRAFT, " ", "A summary", file("Case study.docx", SampleFiles.docx())), lead(1L),
				200);
		assertThat(page.select(".govuk-error-summary a[href=#title]").text())
			.isEqualTo("Enter a title for the case study");
		assertThat(page.select("#summary").first().wholeText()).isEqualTo("A summary");
		assertThat(page.select("#file-hint").text()).endsWith(
				"You chose Case study.docx: choose it again, because a file cannot be kept while the form has a problem.");
		assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint");
		assertNothingAdded();
	}

	@Test
	void fileTooLargeToReceiveIsExplainedOnTheForm() throws Exception {
		Document page = page(get("/reports/{id}/edit/case-studies", DRAFT).param("fileTooBig", ""), lead(1L), 200);
		assertError(page, "The selected file must be smaller than 10 MB. It was too large to receive, so the title "
				+ "and summary you typed could not be kept either: enter them again");
		assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
	}

	@Test
	void leadOfAnotherProgrammeCannotAddEvenAGoodFile() throws Exception {
		page(upload(DRAFT, "Title", "", file("report.pdf", SampleFiles.pdf())), lead(5L), 403);
		page(upload(DRAFT, "Title", "", file("report.pdf", SampleFiles.pdf())), scrutiny(1L), 403);
		assertNothingAdded();
	}

	@Test
	void changingACaseStudyKeepsItsFileUnlessANewOneIsChosen() throws Exception {
		String fingerprint = CaseStudyService.fingerprint(this.caseStudies.findListing(DRAFT, STUDY).orElseThrow());
		MockHttpServletResponse response = send(change("Kooth", "Shorter", fingerprint, null), lead(1L));
		assertThat(response.getRedirectedUrl()).isEqualTo("/reports/100/edit/case-studies");
		assertThat(this.study.getTitle()).isEqualTo("Kooth");
		assertThat(this.study.getSummary()).isEqualTo("Shorter");
		assertThat(this.study.getAttachment().getFileName()).isEqualTo("kooth.pdf");

		send(change("Kooth", "Shorter", fingerprint, file("photo.jpeg", SampleFiles.jpeg())), lead(1L));
		assertThat(this.study.getAttachment().getFileName()).isEqualTo("photo.jpeg");
		assertThat(this.study.getAttachment().getContentType()).isEqualTo("image/jpeg");
	}

	@Test
	void changeSavedOverSomeoneElsesIsRefusedShowingBothAndKeepingWhatWasTyped() throws Exception {
		Document page = page(change("My title", "My summary", "stale", null), lead(1L), 409);
		assertThat(page.select(".govuk-error-summary").text()).contains("Another person changed this case study");
		assertThat(page.select("#title").val()).isEqualTo("My title");
		assertThat(page.select("#summary").first().wholeText()).isEqualTo("My summary");
		assertThat(page.select("#stored-text").text()).contains("Kooth Online Counselling", "326 young people helped",
				"Download kooth.pdf (12 KB)");
		assertThat(page.select("input[name=fingerprint]").val())
			.isEqualTo(CaseStudyService.fingerprint(this.caseStudies.findListing(DRAFT, STUDY).orElseThrow()));
		assertThat(this.study.getTitle()).isEqualTo("Kooth Online Counselling");
	}

	@Test
	void removingAsksFirstAndWarnsTheFileGoesToo() throws Exception {
		Document page = page(get("/reports/{id}/edit/case-studies/{c}/remove", DRAFT, STUDY), lead(1L), 200);
		assertThat(page.select("h1").text()).isEqualTo("Are you sure you want to remove this case study?");
		assertThat(page.select(".govuk-warning-text").text())
			.isEqualTo("! Warning Its file, kooth.pdf, will be deleted too.");
		assertThat(page.select("button.govuk-button--warning").text()).isEqualTo("Yes, remove it");

		MockHttpServletResponse response = send(remove(page.select("input[name=fingerprint]").val()), lead(1L));
		assertThat(response.getRedirectedUrl()).isEqualTo("/reports/100/edit/case-studies");
		assertThat(this.draft.getCaseStudies()).doesNotContain(this.study);
		verify(this.drafting).touch(this.draft);
	}

	@Test
	void removingACaseStudySomeoneChangedMeanwhileIsRefused() throws Exception {
		Document page = page(remove("stale"), lead(1L), 409);
		assertThat(page.select(".govuk-error-summary").text()).contains("so it was not removed");
		assertThat(this.draft.getCaseStudies()).contains(this.study);
		verify(this.drafting, never()).touch(any());
	}

	@Test
	void otherPeopleCannotRemoveACaseStudy() throws Exception {
		String fingerprint = CaseStudyService.fingerprint(this.caseStudies.findListing(DRAFT, STUDY).orElseThrow());
		page(remove(fingerprint), lead(5L), 403);
		page(remove(fingerprint), executive(), 403);
		assertThat(this.draft.getCaseStudies()).contains(this.study);
	}

	@Test
	void downloadIsAnAttachmentOfTheStoredTypeThatBrowsersNeitherSniffNorKeep() throws Exception {
		MockHttpServletResponse response = send(download(DRAFT, STUDY), lead(1L));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"kooth.pdf\"; " + "filename*=UTF-8''kooth.pdf");
		assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store, private");
	}

	@Test
	void downloadNameInAnyLanguageIsSentSafely() throws Exception {
		given(this.caseStudies.findAttachment(DRAFT, STUDY))
			.willReturn(Optional.of(new Attachment("Côr \"ŷd\" 事例.pdf", "application/pdf", SampleFiles.pdf())));
		String disposition = send(download(DRAFT, STUDY), lead(1L)).getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"")
			.endsWith("; filename*=UTF-8''C%C3%B4r%20%22%C5%B7d%22%20%E4%BA%8B%E4%BE%8B.pdf");
		assertThat(disposition)
			.isEqualTo(new String(disposition.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
	}

	@Test
	void downloadFollowsWhoMayReadTheReport() throws Exception {
		for (WaymarkUser reader : List.of(admin(), lead(1L))) {
			assertThat(send(download(DRAFT, STUDY), reader).getStatus()).isEqualTo(200);
		}
		for (WaymarkUser reader : List.of(lead(5L), executive(), scrutiny(1L))) {
			MockHttpServletResponse refused = send(download(DRAFT, STUDY), reader);
			assertThat(refused.getStatus()).as("a draft's file for %s", reader.getUsername()).isEqualTo(403);
			assertThat(refused.getContentAsString()).doesNotContain("%PDF");
		}
		for (WaymarkUser reader : List.of(admin(), lead(5L), executive(), scrutiny())) {
			assertThat(send(download(PUBLISHED, STUDY), reader).getStatus())
				.as("a published report's file for %s", reader.getUsername())
				.isEqualTo(200);
		}
		// The bytes are read for the two let in, never for those refused.
		verify(this.caseStudies, times(2)).findAttachment(DRAFT, STUDY);
	}

	@Test
	void downloadOfACaseStudyNotOnTheReportIsNotFoundWhoeverAsks() throws Exception {
		for (WaymarkUser person : List.of(admin(), lead(5L), scrutiny())) {
			assertThat(send(download(DRAFT, 999), person).getStatus()).isEqualTo(404);
			assertThat(send(download(999, STUDY), person).getStatus()).isEqualTo(404);
		}
	}

	@Test
	void downloadOfACaseStudyWithoutAFileIsNotFound() throws Exception {
		assertThat(send(download(PUBLISHED, NO_FILE), scrutiny()).getStatus()).isEqualTo(404);
		verify(this.caseStudies, never()).findAttachment(PUBLISHED, NO_FILE);
	}

	private void assertNothingAdded() {
		assertThat(this.draft.getCaseStudies()).containsExactly(this.study);
		verify(this.drafting, never()).touch(any());
	}

	private static void assertError(Document page, String message) {
		assertThat(page.select(".govuk-error-summary a[href=#file]").text()).isEqualTo(message);
		assertThat(page.select("#file-error").text()).isEqualTo("Error: " + message);
		assertThat(page.select(".govuk-form-group--error #file")).hasSize(1);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static MockMultipartHttpServletRequestBuilder upload(long reportId, String title, String summary,
			MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/reports/{id}/edit/case-studies", reportId);
		request.file(file).param("title", title).param("summary", summary).with(csrf());
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder change(String title, String summary, String fingerprint,
			MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/reports/{id}/edit/case-studies/{c}", DRAFT, STUDY);
		if (file != null) {
			request.file(file);
		}
		request.param("title", title).param("summary", summary).param("fingerprint", fingerprint).with(csrf());
		return request;
	}

	private static org.springframework.test.web.servlet.RequestBuilder remove(String fingerprint) {
		return remove(DRAFT, STUDY, fingerprint);
	}

	private static org.springframework.test.web.servlet.RequestBuilder remove(long reportId, long caseStudyId,
			String fingerprint) {
		return post("/reports/{id}/edit/case-studies/{c}/remove", reportId, caseStudyId)
			.param("fingerprint", fingerprint)
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.RequestBuilder download(long reportId, long caseStudyId) {
		return get("/reports/{id}/case-studies/{c}/attachment", reportId, caseStudyId);
	}

	private MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder request,
			WaymarkUser person) throws Exception {
		if (request instanceof org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> builder) {
			builder.with(signedInAs(person));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request, WaymarkUser person, int status)
			throws Exception {
		MockHttpServletResponse response = send(request, person);
		assertThat(response.getStatus()).as("status").isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
