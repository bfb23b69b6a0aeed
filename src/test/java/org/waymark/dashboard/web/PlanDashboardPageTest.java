package org.waymark.dashboard.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.waymark.report.ExecutiveSummaryService;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.config.SecurityConfig;
import org.waymark.config.SingleSignOn;
import org.waymark.dashboard.PlanDashboard;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.dashboard.MeasureMovement;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.PlanDashboard.PlanOption;
import org.waymark.dashboard.PlanDashboard.ProgrammeRow;
import org.waymark.dashboard.PlanDashboard.StatusCell;
import org.waymark.dashboard.PlanDashboardService;
import org.waymark.report.Rag;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.WaymarkUser;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
 * The plan dashboard (home page), rendered from the real template behind the real
 * security configuration.
 */
@WebMvcTest(controllers = PlanDashboardController.class)
@Import({ SecurityConfig.class, SingleSignOn.class, AccessPolicy.class })
class PlanDashboardPageTest {

	private static final Period Q2 = new Period(10, "2017/18 Q2", "Year 2 Q2 (July\u2013September 2017)",
			"13 October 2017");

	private static final Period Q3 = new Period(11, "2017/18 Q3", "Year 2 Q3 (October\u2013December 2017)",
			"12 January 2018");

	private static final BragCounts NO_ACTIONS = new BragCounts(0, 0, 0, 0, 0, 0);

	private static final MeasureMovement NO_MEASURES = new MeasureMovement(false, 0, 0, 0, 0);

	private static final PlanDashboard DASHBOARD = new PlanDashboard(
			1L, "Children and Young People\u2019s Plan 2016\u20132019", Q3, List.of(Q2, Q3), List.of(
					new ProgrammeRow(1, 1, "Supporting children, families and communities to be more resilient", false,
							Rag.GREEN, false, StatusTrend.UNCHANGED, ReturnStatus.PUBLISHED, null, 100L,
							new BragCounts(1, 5, 2, 1, 0, 3), new MeasureMovement(true, 3, 1, 2, 1), 2,
							List.of(new StatusCell(10, "2017/18 Q2", Rag.AMBER, false),
									new StatusCell(11, "2017/18 Q3", Rag.GREEN, true))),
					new ProgrammeRow(6, 6, "Achieving effective multi-agency support for more vulnerable children",
							false, Rag.AMBER, true, StatusTrend.NEW, ReturnStatus.EXEMPT,
							"Due to the Ofsted inspection", null, NO_ACTIONS, NO_MEASURES, 0, List.of()),
					new ProgrammeRow(7, 7, "Embedding a Think Family Approach across the Workforce", false, null, false,
							null, ReturnStatus.LATE, null, null, NO_ACTIONS, NO_MEASURES, 0, List.of())),
			List.of(new PlanOption(1, "Children and Young People\u2019s Plan 2016\u20132019"),
					new PlanOption(2, "Children and Young People\u2019s Plan 2019\u20132022")),
			1, "Programme");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ExecutiveSummaryService summaries;

	@MockitoBean
	private PlanDashboardService dashboards;

	@Test
	void everyRoleSeesEachProgrammesStatusTrendAndReturnInWords() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		for (WaymarkUser reader : List.of(admin(), lead(1L, 5L), executive(), scrutiny(1L))) {
			this.mvc.perform(get("/").with(signedInAs(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Plan dashboard \u2013 Waymark</title>")))
				.andExpect(content().string(containsString(
						"<h1 class=\"govuk-heading-l\">Children and Young People\u2019s Plan 2016\u20132019</h1>")))
				.andExpect(content().string(containsString("Showing Year 2 Q3 (October\u2013December 2017)")))
				.andExpect(content().string(containsString("Programmes in 2017/18 Q3</caption>")))
				.andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/programmes/1\">"
						+ "1. Supporting children, families and communities to be more resilient</a>")))
				.andExpect(
						content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Green</strong>")))
				.andExpect(content()
					.string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Unchanged</strong>")))
				.andExpect(content()
					.string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Published</strong>")))
				.andExpect(content()
					.string(matchesPattern("(?s).*<a class=\"govuk-link\" href=\"/reports/100\">View report"
							+ "\\s*<span class=\"govuk-visually-hidden\">for programme 1</span></a>.*")))
				.andExpect(content().string(containsString(reader.getDisplayName())));
		}
	}

	@Test
	void exemptProgrammeShowsTheReasonAndTheExecutiveSummarysStatus() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").with(signedInAs(scrutiny())))
			.andExpect(content()
				.string(containsString("<strong class=\"govuk-tag govuk-tag--turquoise\">Exempt</strong>")))
			.andExpect(content().string(containsString("Due to the Ofsted inspection")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--yellow\">Amber</strong>")))
			.andExpect(content().string(containsString("From the executive summary")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--purple\">New</strong>")));
	}

	@Test
	void lateReturnWithoutAVisibleStatusSaysSo() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").with(signedInAs(scrutiny())))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">Late</strong>")))
			.andExpect(content().string(containsString("No status yet")));
	}

	@Test
	void championedProgrammesAreMarkedForTheirChampion() throws Exception {
		PlanDashboard championed = new PlanDashboard(DASHBOARD.planId(), DASHBOARD.planTitle(), Q3, List.of(Q3),
				List.of(new ProgrammeRow(7, 7, "Embedding a Think Family Approach across the Workforce", true,
						Rag.AMBER, false, StatusTrend.UNCHANGED, ReturnStatus.PUBLISHED, null, 107L, NO_ACTIONS,
						NO_MEASURES, 0, List.of())),
				List.of(), 0, "Programme");
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(championed));
		this.mvc.perform(get("/").with(signedInAs(scrutiny(7L))))
			.andExpect(content().string(containsString("You champion this programme")));
	}

	@Test
	void anotherPeriodCanBeChosenWithoutJavaScript() throws Exception {
		given(this.dashboards.dashboard(eq(10L), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").param("period", "10").with(signedInAs(executive())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form method=\"get\" action=\"/\"")))
			.andExpect(content()
				.string(containsString("<label class=\"govuk-label\" for=\"period\">Reporting period</label>")))
			.andExpect(
					content().string(containsString("<select class=\"govuk-select\" id=\"period\" name=\"period\">")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<option value=\"11\" selected=\"selected\">Year 2 Q3 \\(October\u2013December 2017\\)</option>.*")))
			.andExpect(content().string(containsString("Show this period</button>")));
	}

	@Test
	void eachRowShowsItsStatusHistoryMeasuresAndHighRisksInWords() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").with(signedInAs(executive())))
			.andExpect(content()
				.string(matchesPattern("(?s).*<li class=\"waymark-strip-cell waymark-strip-cell--amber\""
						+ " title=\"2017/18 Q2: Amber\"><span aria-hidden=\"true\">A</span><span class=\"govuk-visually-hidden\">"
						+ "2017/18 Q2: Amber</span></li>.*")))
			.andExpect(content().string(containsString(
					"class=\"waymark-strip-cell waymark-strip-cell--green waymark-strip-cell--selected\" title=\"2017/18 Q3: Green\"")))
			.andExpect(content().string(containsString(">1 red</li>")))
			.andExpect(content().string(containsString("<li>2 amber</li>")))
			.andExpect(content().string(containsString("<li>5 green</li>")))
			.andExpect(content().string(containsString("<li>1 blue (complete)</li>")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">3 overdue</strong>")))
			.andExpect(content().string(containsString("No action plan")))
			.andExpect(content().string(containsString("<li>3 improved</li>")))
			.andExpect(content().string(containsString("<li>1 the same</li>")))
			.andExpect(content().string(containsString(">2 deteriorated</li>")))
			.andExpect(content().string(containsString(">1 not comparable</li>")))
			.andExpect(content().string(containsString("No measures table")))
			.andExpect(content().string(containsString("href=\"/plans/1/risks?programme=1\"")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">2 high</strong>")))
			.andExpect(content().string(containsString("1 high risk on the plan-wide (corporate) register")))
			.andExpect(content().string(containsString("href=\"/plans/1/quarters/11\"")))
			.andExpect(content().string(containsString("<select class=\"govuk-select\" id=\"plan\" name=\"plan\">")))
			.andExpect(content().string(containsString("Show this plan</button>")));
	}

	@Test
	void anotherPlanCanBeChosen() throws Exception {
		given(this.dashboards.dashboard(isNull(), eq(2L), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").param("plan", "2").with(signedInAs(scrutiny())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing Year 2 Q3")));
	}

	@Test
	void unknownPeriodIsThePageNotFoundPage() throws Exception {
		given(this.dashboards.dashboard(eq(404L), isNull(), any()))
			.willThrow(new NotFoundException("Reporting period 404"));
		this.mvc.perform(get("/").param("period", "404").with(signedInAs(admin())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void withoutAnActivePlanTheHomePageSaysSo() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.empty());
		this.mvc.perform(get("/").with(signedInAs(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no active plan yet.")));
	}

	@Test
	void layoutHasSkipLinkServiceNameNavigationAndASignOutButton() throws Exception {
		given(this.dashboards.dashboard(isNull(), isNull(), any())).willReturn(Optional.of(DASHBOARD));
		this.mvc.perform(get("/").with(signedInAs(lead(1L))))
			.andExpect(content().string(containsString(
					"<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>")))
			.andExpect(content().string(containsString("<main class=\"govuk-main-wrapper\" id=\"main-content\">")))
			.andExpect(content()
				.string(containsString("<a href=\"/\" class=\"govuk-service-navigation__link\">Waymark</a>")))
			.andExpect(content().string(matchesPattern("(?s).*<li class=\"govuk-service-navigation__item "
					+ "govuk-service-navigation__item--active\">\\s*<a class=\"govuk-service-navigation__link\" href=\"/\" "
					+ "aria-current=\"page\">.*")))
			.andExpect(content().string(containsString("Lee Lead")))
			.andExpect(content().string(matchesPattern("(?s).*<form method=\"post\" action=\"/logout\" novalidate>"
					+ "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/>\\s*"
					+ "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\"[^>]*>Sign out</button>.*")))
			.andExpect(content().string(not(containsString("href=\"/logout\""))));
	}

}
