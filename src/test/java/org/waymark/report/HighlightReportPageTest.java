package org.waymark.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.waymark.config.SecurityConfig;
import org.waymark.config.SingleSignOn;
import org.waymark.plan.Quarter;
import org.waymark.risk.RiskBandSettings;
import org.waymark.risk.RiskBands;
import org.waymark.user.AccessPolicy;
import org.waymark.user.WaymarkUser;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.waymark.user.TestUsers.admin;
import static org.waymark.user.TestUsers.executive;
import static org.waymark.user.TestUsers.lead;
import static org.waymark.user.TestUsers.scrutiny;
import static org.waymark.user.TestUsers.signedInAs;

/**
 * The highlight report's read view, rendered from the real template by the real
 * {@link HighlightReportService} (only its repositories are stand-ins), behind the real
 * security configuration: who may open which report is decided on the server.
 */
// Every controller except the read view is left out, so other pages need no
// stand-ins here.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.waymark\\.(?!report\\.web\\.HighlightReportController|report\\.web\\.ReportWorkflowAdvice"
				+ "|shared\\.web\\.)[a-z]+\\.web\\..*"))
@Import({ SecurityConfig.class, SingleSignOn.class, AccessPolicy.class, HighlightReportService.class, ReportGuard.class,
		RiskBands.class })
@EnableConfigurationProperties(RiskBandSettings.class)
class HighlightReportPageTest {

	private static final long DRAFT = 100;

	private static final long SUBMITTED = 101;

	private static final long PUBLISHED = 102;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private HighlightReportRepository reports;

	@MockitoBean
	private ReportMeasureRowRepository measureRows;

	@MockitoBean
	private CaseStudyRepository caseStudies;

	@MockitoBean
	private ExecutiveSummaryRepository summaries;

	private final ReportFixtures fixtures = new ReportFixtures();

	@BeforeEach
	void reports() {
		HighlightReport draft = this.fixtures.draft(DRAFT);
		given(this.reports.findForView(DRAFT)).willReturn(Optional.of(draft));
		given(this.reports.findForView(SUBMITTED)).willReturn(Optional.of(this.fixtures.submitted(SUBMITTED)));
		HighlightReport published = this.fixtures.published(PUBLISHED);
		given(this.reports.findForView(PUBLISHED)).willReturn(Optional.of(published));
		given(this.reports.findForView(999)).willReturn(Optional.empty());
		given(this.measureRows.findForReport(PUBLISHED)).willReturn(List.of(this.fixtures.visitsRow(published),
				this.fixtures.infantMortalityRow(published), this.fixtures.parentsRow(published)));
		given(this.measureRows.findForReport(DRAFT)).willReturn(List.of());
		given(this.caseStudies.findListings(anyLong())).willReturn(List.of());
		given(this.reports.findPublished(1L, 1L, 2017, Quarter.Q2))
			.willReturn(List.of(this.fixtures.publishedIn(this.fixtures.q2, Rag.AMBER, 90)));
	}

	@Test
	void adminAndTheProgrammesLeadCanReadADraft() throws Exception {
		for (WaymarkUser reader : List.of(admin(), lead(1L, 5L))) {
			open(DRAFT, reader).andExpect(status().isOk())
				.andExpect(
						content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Draft</strong>")));
		}
	}

	@Test
	void scrutinyCouncillorCannotOpenADraftOrSubmittedReport() throws Exception {
		for (long report : new long[] { DRAFT, SUBMITTED }) {
			open(report, scrutiny(1L)).andExpect(status().isForbidden())
				.andExpect(content().string(containsString("You do not have permission to see this page")))
				.andExpect(content().string(not(containsString("Trustee Week"))));
		}
	}

	@Test
	void leadOfAnotherProgrammeCannotOpenADraft() throws Exception {
		open(DRAFT, lead(5L)).andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Trustee Week"))));
	}

	@Test
	void executiveReadsSubmittedButNotDraftReports() throws Exception {
		open(SUBMITTED, executive()).andExpect(status().isOk())
			.andExpect(content().string(containsString(">Submitted</strong>")));
		open(DRAFT, executive()).andExpect(status().isForbidden());
	}

	@Test
	void everyRoleReadsAPublishedReport() throws Exception {
		for (WaymarkUser reader : List.of(admin(), lead(5L), executive(), scrutiny())) {
			open(PUBLISHED, reader).andExpect(status().isOk())
				.andExpect(content().string(containsString(">Published</strong>")));
		}
	}

	@Test
	void unknownReportIsThePageNotFoundPageWithoutAStackTrace() throws Exception {
		open(999, admin()).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Page not found</h1>")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at org."))));
	}

	@Test
	void headerIsLaidOutLikeThePaperTemplate() throws Exception {
		open(PUBLISHED, scrutiny()).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<title>Programme 1 highlight report, 2017/18 Q3 \u2013 Waymark</title>")))
			.andExpect(content().string(containsString("Highlight report, Year 2 Q3 (October\u2013December 2017)")))
			.andExpect(content()
				.string(containsString("1. Supporting children, families and communities to be more resilient")))
			.andExpect(row("Delivery group", "Early Help Strategic Commissioning Board"))
			.andExpect(row("Delivery group chair",
					"Philippa Granthier, Assistant Director, Commissioning &amp; Performance"))
			.andExpect(row("Scrutiny committee champion", "Cllr. Josh Williams"))
			.andExpect(row("Year", "2017/18"))
			.andExpect(row("Report date", "12 January 2018"))
			.andExpect(row("Revision", "1"));
	}

	@Test
	void overallStatusShowsTheTagTheWordsAsWrittenTheComputedTrendAndTheReason() throws Exception {
		open(PUBLISHED, scrutiny()).andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Green</strong>")))
			.andExpect(content().string(
					containsString("In the report\u2019s words: This Programme is currently rated as being on track")))
			// Amber in the previous quarter's published report, Green now.
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Improving</strong>")))
			.andExpect(content().string(containsString("The programme is on course to complete by March 2018.")));
	}

	@Test
	void linesStartingWithADashAreABulletedList() throws Exception {
		open(PUBLISHED, admin())
			.andExpect(content().string(matchesPattern("(?s).*<h3 class=\"govuk-heading-s\">Achievements</h3>"
					+ "\\s*<ul class=\"govuk-list govuk-list--bullet\">\\s*"
					+ "<li>The West Somerset Opportunity Area plan is published.</li>\\s*"
					+ "<li>Trustee Week gave a workshop for 34 prospective school governors.</li>\\s*</ul>.*")));
	}

	@Test
	void nilReturnSectionsSaySo() throws Exception {
		open(PUBLISHED, admin())
			.andExpect(content()
				.string(matchesPattern("(?s).*<h2 class=\"govuk-heading-m\">4. Most significant current risks</h2>"
						+ "\\s*<p class=\"govuk-body\">Nil return</p>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<h2 class=\"govuk-heading-m\">6. Variances</h2>"
					+ "\\s*<p class=\"govuk-body\">Nil return</p>.*")));
	}

	@Test
	void anEmptySectionIsNotWrittenYetInADraftAndNotRecordedInAnImportedReport() throws Exception {
		HighlightReport draft = this.fixtures.draft(DRAFT);
		draft.section(SectionType.VARIANCES).write(" ");
		given(this.reports.findForView(DRAFT)).willReturn(Optional.of(draft));
		given(this.reports.findForView(103))
			.willReturn(Optional.of(this.fixtures.publishedIn(this.fixtures.q2, Rag.GREEN, 103)));

		open(DRAFT, admin())
			.andExpect(content().string(matchesPattern("(?s).*<h2 class=\"govuk-heading-m\">6. Variances</h2>"
					+ "\\s*<p class=\"govuk-body\">Not written yet</p>.*")));
		open(103, scrutiny()).andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<h2 class=\"govuk-heading-m\">6. Variances</h2>"
					+ "\\s*<p class=\"govuk-body\">Not recorded</p>.*")))
			.andExpect(content().string(not(containsString("Not written yet"))));
	}

	@Test
	void textPeopleTypedIsEscapedNeverRunAsMarkup() throws Exception {
		HighlightReport report = this.fixtures.draft(DRAFT);
		report.section(SectionType.ISSUES).write("<script>alert('owned')</script>\n- <b>bold</b>");
		given(this.reports.findForView(DRAFT)).willReturn(Optional.of(report));

		open(DRAFT, admin()).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>bold</b>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")))
			.andExpect(content().string(containsString("<li>&lt;b&gt;bold&lt;/b&gt;</li>")));
	}

	@Test
	void measuresAreGroupedByHeadingWithValuesPeriodsAndDirection() throws Exception {
		open(PUBLISHED, scrutiny()).andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<caption class=\"govuk-table__caption govuk-table__caption--s\">"
							+ "1. Provide information, advice, tools for families to help themselves</caption>")))
			.andExpect(content().string(containsString(
					"<caption class=\"govuk-table__caption govuk-table__caption--s\">2. Supporting parents in their role</caption>")))
			.andExpect(content().string(containsString("42,760")))
			.andExpect(content().string(containsString("R12 months ending December 17")))
			.andExpect(content().string(containsString("39,177")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Improved</strong>")))
			.andExpect(content().string(containsString("England average")))
			.andExpect(content().string(containsString("3.9 per 1,000")))
			.andExpect(content().string(containsString("(2014\u20132016)")))
			.andExpect(content().string(containsString("Awaiting data")));
	}

	@Test
	void figuresAreWrittenTheBritishWayWhateverLanguageTheBrowserAsksFor() throws Exception {
		this.mvc.perform(get("/reports/{id}", PUBLISHED).with(signedInAs(admin())).header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("3.9 per 1,000")));
	}

	@Test
	void overriddenDirectionShowsTheOverrideItsReasonAndTheComputedDirection() throws Exception {
		open(PUBLISHED, admin())
			.andExpect(content()
				.string(containsString("<strong class=\"govuk-tag govuk-tag--purple\">Not comparable</strong>")))
			.andExpect(content().string(containsString("Set by the lead: Not comparable, new assessment")))
			// 4.0 against 4.2 per 1,000, lower is better: the figures say improved.
			.andExpect(content().string(matchesPattern("(?s).*Calculated from the figures:\\s*"
					+ "<strong class=\"govuk-tag govuk-tag--green\">Improved</strong>.*")));
	}

	@Test
	void caseStudiesLinkToTheirAttachment() throws Exception {
		given(this.caseStudies.findListings(PUBLISHED))
			.willReturn(List.of(new CaseStudyListing(7, "Young Carers Think Family", "How a young carer was supported.",
					8L, "young-carers.pdf", "application/pdf", 250_000L)));

		open(PUBLISHED, scrutiny()).andExpect(content().string(containsString("Case studies")))
			.andExpect(content().string(containsString("<h3 class=\"govuk-heading-s\">Young Carers Think Family</h3>")))
			.andExpect(content()
				.string(containsString("<a class=\"govuk-link\" href=\"/reports/102/case-studies/7/attachment\">"
						+ "Download young-carers.pdf (244 KB)</a>")));
	}

	private ResultActions open(long reportId, WaymarkUser reader) throws Exception {
		return this.mvc.perform(get("/reports/{id}", reportId).with(signedInAs(reader)));
	}

	private static org.springframework.test.web.servlet.ResultMatcher row(String key, String value) {
		return content().string(matchesPattern("(?s).*<dt class=\"govuk-summary-list__key\">" + key
				+ "</dt>\\s*<dd class=\"govuk-summary-list__value\">" + java.util.regex.Pattern.quote(value)
				+ "</dd>.*"));
	}

}
