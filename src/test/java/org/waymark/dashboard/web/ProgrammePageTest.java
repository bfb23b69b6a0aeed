package org.waymark.dashboard.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.config.SecurityConfig;
import org.waymark.config.SingleSignOn;
import org.waymark.dashboard.ProgrammeDashboard;
import org.waymark.dashboard.ProgrammeDashboard.ActionPlanSummary;
import org.waymark.dashboard.ProgrammeDashboard.ActionPoint;
import org.waymark.dashboard.ProgrammeDashboard.HistoryRow;
import org.waymark.dashboard.ProgrammeDashboard.KeyPoints;
import org.waymark.dashboard.ProgrammeDashboard.MeasureGroup;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;
import org.waymark.dashboard.ProgrammeDashboard.Period;
import org.waymark.dashboard.ProgrammeDashboard.Programme;
import org.waymark.dashboard.ProgrammeDashboard.RiskRow;
import org.waymark.dashboard.ProgrammeDashboard.SectionPoints;
import org.waymark.dashboard.ProgrammeDashboardService;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.MeasureSparkline;
import org.waymark.measure.MeasureTrend;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.ReportedValue;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.report.SectionType;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;
import org.waymark.risk.RiskSummary;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.WaymarkUser;

import java.math.BigDecimal;
import java.util.List;

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
 * A programme's dashboard, rendered from the real template behind the real security
 * configuration.
 */
@WebMvcTest(controllers = ProgrammeController.class)
@Import({ SecurityConfig.class, SingleSignOn.class, AccessPolicy.class })
class ProgrammePageTest {

	private static final Period Q2 = new Period(10, "2017/18 Q2", "Year 2 Q2 (July\u2013September 2017)");

	private static final Period Q3 = new Period(11, "2017/18 Q3", "Year 2 Q3 (October\u2013December 2017)");

	private static final Programme PROGRAMME = new Programme(1, 1,
			"Supporting children, families and communities to be more resilient",
			FormattedText.of("Build resilience.\n\n- Early help\n- Communities"),
			"Children and Young People\u2019s Plan 2016\u20132019", "Early Help Strategic Commissioning Board",
			"Julian Wooster", "Director of Children\u2019s Services", "Director of Children\u2019s Services",
			"Cllr. Leigh Redman", List.of("Lee Lead"), 1, "Programme 1");

	private static final MeasureTrend VISITS = new MeasureTrend(21L, "1. Information for families",
			"Number of visits to Somerset Choices Website", null,
			MeasureAmount.of(new BigDecimal("45000"), MeasureUnit.COUNT),
			List.of(new MeasureComparison("South West", MeasureAmount.of(new BigDecimal("41000"), MeasureUnit.COUNT),
					"2016")),
			new ReportedValue(FormattedText.of("42,760 (R12 months ending December 17)"),
					"R12 months ending December 17", DataStatus.REPORTED),
			List.of(new MeasureTrend.Figure("R12 months ending September 17",
					MeasureAmount.of(new BigDecimal("39177"), MeasureUnit.COUNT)),
					new MeasureTrend.Figure("R12 months ending December 17",
							MeasureAmount.of(new BigDecimal("42760"), MeasureUnit.COUNT))),
			MeasureSparkline.of(List.of(new BigDecimal("39177"), new BigDecimal("42760")), new BigDecimal("45000"),
					List.of(new BigDecimal("41000"))),
			DirectionOfTravel.IMPROVED, "\u2191", TargetRating.AMBER);

	private static final MeasureTrend PROVIDERS = new MeasureTrend(22L, "1. Information for families",
			"Number of providers listed", null, null, List.of(),
			new ReportedValue(FormattedText.of("1154 Providers"), "December 2017", DataStatus.REPORTED), List.of(),
			null, DirectionOfTravel.NOT_COMPARABLE, "", TargetRating.NOT_ASSESSED);

	private static ProgrammeDashboard dashboard(Period selected, boolean pastQuarter) {
		return new ProgrammeDashboard(PROGRAMME, selected, List.of(Q2, Q3), List.of(
				new HistoryRow(Q3, selected == Q3, ReturnStatus.PUBLISHED, Rag.GREEN, false, StatusTrend.UNCHANGED,
						FormattedText.of("The majority of actions have now completed."), 60L, 1, ReportState.PUBLISHED,
						null),
				new HistoryRow(Q2, selected == Q2, ReturnStatus.EXEMPT, Rag.GREEN, true, StatusTrend.NEW,
						FormattedText.of("Preparing for Ofsted"), null, 0, null, "Due to the Ofsted inspection")),
				new KeyPoints(Q3, 60L, 1, ReportState.PUBLISHED, Rag.GREEN, StatusTrend.UNCHANGED, "Progressing",
						FormattedText.of("The majority of actions have now completed."), List.of(
								new SectionPoints(SectionType.ACHIEVEMENTS, false,
										List.of("The West Somerset Opportunity Area plan is published",
												"Personal budgets"),
										3),
								new SectionPoints(SectionType.SLIPPAGE, true, List.of(), 0),
								new SectionPoints(SectionType.NEXT_PERIOD, false, List.of(), 0),
								new SectionPoints(SectionType.DECISIONS_REQUIRED, false,
										List.of("That the Trust supports the progress"), 0))),
				new ActionPlanSummary("2017/18", new BragCounts(1, 2, 1, 0, 0, 1),
						List.of(new ObjectiveSummary(1, "Provide information for families",
								new BragCounts(1, 2, 1, 0, 0, 1),
								List.of(new ActionPoint("Improve the local offer", "31 March 2018", Brag.AMBER, true),
										new ActionPoint("Publish the plan", "June 2018", Brag.GREEN, false)),
								2))),
				List.of(new MeasureGroup("1. Information for families", List.of(VISITS, PROVIDERS))),
				List.of(new RiskRow(
						new RiskSummary(5L, 1L, 1L, 1, "P1", "P1-1", "Families do not use the local offer",
								"Head of Early Help", null, null, null, null, null, RiskStatus.OPEN, null, 1, true),
						null),
						new RiskRow(
								new RiskSummary(6L, 1L, 1L, 1, "P1", null, "Funding ends", null, new RiskScore(4, 4),
										new RiskScore(3, 4), RiskBand.HIGH, 8, null, RiskStatus.OPEN, null, 0, false),
								RiskMovement.UP)),
				pastQuarter);
	}

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProgrammeDashboardService dashboards;

	@Test
	void everyRoleSeesWhoRunsTheProgrammeAsAtTheQuarter() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		for (WaymarkUser reader : List.of(admin(), lead(1L), executive(), scrutiny(1L))) {
			this.mvc.perform(get("/programmes/1").with(signedInAs(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Programme 1, 2017/18 Q3 \u2013 Waymark</title>")))
				.andExpect(content().string(containsString("As at Year 2 Q3 (October\u2013December 2017)")))
				.andExpect(content().string(containsString("Julian Wooster, Director of Children\u2019s Services")))
				.andExpect(content().string(containsString("<li>Lee Lead</li>")))
				.andExpect(content().string(matchesPattern(
						"(?s).*<option value=\"11\" selected=\"selected\">Year 2 Q3 \\(October\u2013December 2017\\)</option>.*")));
		}
	}

	@Test
	void theQuarterIsChosenByItsPeriod() throws Exception {
		given(this.dashboards.dashboard(eq(1L), eq(10L), any())).willReturn(dashboard(Q2, true));
		this.mvc.perform(get("/programmes/1").param("period", "10").with(signedInAs(scrutiny())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("As at Year 2 Q2 (July\u2013September 2017)")))
			.andExpect(content().string(containsString("as they stand today")));
	}

	@Test
	void theQuartersReportIsGivenInBriefWithALinkToTheFullReport() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		this.mvc.perform(get("/programmes/1").with(signedInAs(scrutiny())))
			.andExpect(content().string(containsString("2017/18 Q3 highlight report in brief")))
			.andExpect(content().string(containsString("\u201cProgressing\u201d")))
			.andExpect(
					content().string(containsString("<li>The West Somerset Opportunity Area plan is published</li>")))
			.andExpect(content().string(containsString("and 3 more points in the full report")))
			.andExpect(content().string(containsString("Nil return")))
			.andExpect(content().string(containsString("Not written yet")))
			.andExpect(content().string(containsString(
					"<a class=\"govuk-link\" href=\"/reports/60\">Read the full 2017/18 Q3 highlight report (revision 1)</a>")))
			.andExpect(content().string(not(containsString("as they stand today"))));
	}

	@Test
	void historyGivesEachQuartersStatusTrendAndReasonAndLinksTheQuarterAndItsReport() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		this.mvc.perform(get("/programmes/1").with(signedInAs(executive())))
			.andExpect(content().string(containsString("Status by quarter up to 2017/18 Q3")))
			.andExpect(content().string(containsString("href=\"/programmes/1?period=10\">2017/18 Q2</a>")))
			.andExpect(content().string(containsString("(shown)")))
			.andExpect(content().string(containsString("href=\"/reports/60\">2017/18 Q3 report, revision 1</a>")))
			.andExpect(content().string(containsString("Preparing for Ofsted")))
			.andExpect(content().string(containsString("Due to the Ofsted inspection")))
			.andExpect(content().string(containsString("From the executive summary")))
			.andExpect(
					content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Unchanged</strong>")))
			.andExpect(content()
				.string(containsString("<strong class=\"govuk-tag govuk-tag--turquoise\">Exempt</strong>")));
	}

	@Test
	void theActionPlanIsSummedUpByObjectiveWithOverdueActionsAndNextDeadlines() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		this.mvc.perform(get("/programmes/1").with(signedInAs(admin())))
			.andExpect(content().string(containsString("Action plan 2017/18 by objective")))
			.andExpect(content().string(containsString("href=\"/programmes/1/action-plans\"")))
			.andExpect(content().string(containsString("1. Provide information for families")))
			.andExpect(content().string(containsString("<li>4 actions</li>")))
			.andExpect(content().string(containsString("<li>Green (on track): 2</li>")))
			.andExpect(content().string(containsString("Overdue: 1")))
			.andExpect(content().string(containsString("Improve the local offer")))
			.andExpect(content().string(containsString("Deadline: 31 March 2018")))
			.andExpect(content().string(containsString("and 2 more actions overdue or with a deadline to come")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>\\s*"
						+ "Improve the local offer.*")))
			.andExpect(content().string(not(matchesPattern("(?s).*Overdue</strong>\\s*Publish the plan.*"))));
	}

	@Test
	void measuresHaveASparklineLabelledByTheirFiguresWrittenOut() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		this.mvc.perform(get("/programmes/1").with(signedInAs(scrutiny())))
			.andExpect(content().string(containsString("1. Information for families</caption>")))
			.andExpect(content().string(matchesPattern("(?s).*<svg [^>]*class=\"waymark-sparkline\" role=\"img\"[^>]*"
					+ "aria-labelledby=\"measure-21-figures\".*")))
			.andExpect(content().string(containsString("<polyline class=\"waymark-sparkline__line\" points=\"")))
			.andExpect(content().string(containsString("class=\"waymark-sparkline__target\"")))
			.andExpect(content().string(containsString("class=\"waymark-sparkline__comparator\"")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<p [^>]*id=\"measure-21-figures\">\\s*Figures, earliest first:\\s*"
						+ "39,177 \\(R12 months ending September 17\\); 42,760 \\(R12 months ending December 17\\)\\. Target: 45,000\\.\\s*</p>.*")))
			.andExpect(content().string(containsString("South West")))
			.andExpect(content().string(matchesPattern(
					"(?s).*aria-hidden=\"true\">\u2191</span>\\s*<strong class=\"govuk-tag govuk-tag--green\">Improved</strong>.*")))
			.andExpect(content().string(containsString("Amber: close to target")))
			.andExpect(content().string(containsString("No figures published")))
			.andExpect(content().string(containsString("Not assessed")));
	}

	@Test
	void openRisksAreListedWithScoreBandAndMovementAndALinkToTheRegister() throws Exception {
		given(this.dashboards.dashboard(eq(1L), isNull(), any())).willReturn(dashboard(Q3, false));
		this.mvc.perform(get("/programmes/1").with(signedInAs(scrutiny())))
			.andExpect(content().string(containsString("href=\"/plans/1/risks?programme=1\"")))
			.andExpect(content().string(containsString("P1-1")))
			.andExpect(content().string(containsString("href=\"/risks/5\">Families do not use the local offer</a>")))
			.andExpect(content().string(containsString("Not scored")))
			.andExpect(content().string(containsString("4 \u00d7 4 = 16")))
			.andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">High</strong>")))
			.andExpect(content().string(containsString("Up from 12")));
	}

	@Test
	void unknownProgrammeOrPeriodIsThePageNotFoundPage() throws Exception {
		given(this.dashboards.dashboard(eq(99L), any(), any())).willThrow(new NotFoundException("Programme 99"));
		this.mvc.perform(get("/programmes/99").with(signedInAs(admin())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("NotFoundException"))));
	}

	@Test
	void aPeriodThatIsNotANumberIsABadRequest() throws Exception {
		this.mvc.perform(get("/programmes/1").param("period", "latest").with(signedInAs(admin())))
			.andExpect(status().isBadRequest());
	}

}
