package org.waymark.dashboard.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.action.ActionPlanStatus;
import org.waymark.action.Brag;
import org.waymark.config.SecurityConfig;
import org.waymark.dashboard.ProgrammeDashboard;
import org.waymark.dashboard.ProgrammeDashboard.ActionPlanSummary;
import org.waymark.dashboard.ProgrammeDashboard.ActionSummary;
import org.waymark.dashboard.ProgrammeDashboard.LatestStatus;
import org.waymark.dashboard.ProgrammeDashboard.MeasureGroup;
import org.waymark.dashboard.ProgrammeDashboard.MeasureSummary;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;
import org.waymark.dashboard.ProgrammeDashboard.Programme;
import org.waymark.dashboard.ProgrammeDashboard.QuarterRow;
import org.waymark.dashboard.ProgrammeDashboard.ReportLink;
import org.waymark.dashboard.ProgrammeDashboard.SubObjectiveSummary;
import org.waymark.dashboard.ProgrammeDashboardService;
import org.waymark.measure.DataStatus;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.ReportedValue;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
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
 * A programme's page, rendered from the real template behind the real security
 * configuration.
 */
@WebMvcTest(controllers = ProgrammeController.class)
@Import({ SecurityConfig.class, AccessPolicy.class })
class ProgrammePageTest {

	private static final ProgrammeDashboard PROGRAMME_SIX = new ProgrammeDashboard(
			new Programme(6, 6, "Achieving effective multi-agency support for more vulnerable children",
					FormattedText.of("Improve social work practice.\n\n- Permanence\n- Consistency"),
					"Children and Young People\u2019s Plan 2016\u20132019",
					"Somerset Safeguarding Children\u2019s Board", "Julian Wooster",
					"Director of Children\u2019s Services", "Director of Children\u2019s Services",
					"Cllr. Leigh Redman", List.of("Lee Lead"), 1),
			new LatestStatus(Rag.AMBER, "2017/18 Q2", 60L),
			List.of(new QuarterRow("2018/19 Q1", "Year 3 Q1 (April\u2013June 2018)", ReturnStatus.DRAFT,
					List.of(new ReportLink(61, 1, ReportState.DRAFT, null, false)), null, null),
					new QuarterRow("2017/18 Q3", "Year 2 Q3 (October\u2013December 2017)", ReturnStatus.EXEMPT,
							List.of(), "Due to the Ofsted inspection", Rag.AMBER),
					new QuarterRow("2017/18 Q2", "Year 2 Q2 (July\u2013September 2017)", ReturnStatus.PUBLISHED,
							List.of(new ReportLink(60, 1, ReportState.PUBLISHED, Rag.AMBER, true)), null, null)),
			List.of(new ActionPlanSummary("CYPP, Programme 6, Action Plan 2018/19", "2018/19", "FINAL MAY (4.5.18)",
					ActionPlanStatus.FINAL,
					List.of(new ObjectiveSummary(2, "Improve the consistency of social work practice",
							"Deputy Director",
							List.of(new ActionSummary(FormattedText.of("Audit case files:\n- monthly\n- by theme"),
									"Head of Quality", FormattedText.of("a) 31st May 2018\nb) 1st June 2018"),
									Brag.GREEN, true)),
							List.of(new SubObjectiveSummary("A", "Permanence planning", "Head of Service",
									List.of(new ActionSummary(FormattedText.of("Review every plan"), "Team managers",
											FormattedText.of("Incremental during 2018/19"), null, false)))))))),
			List.of(new MeasureGroup("1. Children looked after",
					List.of(new MeasureSummary(21L, "Children looked after per 10,000", null,
							MeasureAmount.of(new BigDecimal("52.0700"), org.waymark.measure.MeasureUnit.RATE_PER_10000),
							List.of(new MeasureComparison("Stat neighbour average", null, "2016")),
							new ReportedValue(FormattedText.of("54.1"), "December 2017", DataStatus.REPORTED))))));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProgrammeDashboardService dashboards;

	@Test
	void everyRoleSeesWhoRunsTheProgramme() throws Exception {
		given(this.dashboards.dashboard(eq(6L), any())).willReturn(PROGRAMME_SIX);
		for (WaymarkUser reader : List.of(admin(), lead(6L), executive(), scrutiny(6L))) {
			this.mvc.perform(get("/programmes/6").with(signedInAs(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Programme 6 \u2013 Waymark</title>")))
				.andExpect(content().string(containsString(
						"<h1 class=\"govuk-heading-l\">Achieving effective multi-agency support for more vulnerable children</h1>")))
				.andExpect(content().string(containsString("Julian Wooster, Director of Children\u2019s Services")))
				.andExpect(content().string(containsString("Cllr. Leigh Redman")))
				.andExpect(content().string(containsString("<li>Lee Lead</li>")))
				.andExpect(content().string(containsString("<li>Permanence</li>")));
		}
	}

	@Test
	void reportsAreListedByQuarterAndOnlyThoseTheReaderMayOpenAreLinked() throws Exception {
		given(this.dashboards.dashboard(eq(6L), any())).willReturn(PROGRAMME_SIX);
		this.mvc.perform(get("/programmes/6").with(signedInAs(scrutiny())))
			.andExpect(content().string(
					containsString("<a class=\"govuk-link\" href=\"/reports/60\">2017/18 Q2 report, revision 1</a>")))
			.andExpect(content().string(not(containsString("href=\"/reports/61\""))))
			.andExpect(content().string(containsString("2018/19 Q1 report, revision 1")))
			.andExpect(content().string(containsString("Not published yet")))
			.andExpect(content().string(containsString("Due to the Ofsted inspection")))
			.andExpect(content()
				.string(containsString("<strong class=\"govuk-tag govuk-tag--turquoise\">Exempt</strong>")))
			.andExpect(content().string(containsString("From the executive summary")))
			.andExpect(content().string(containsString("From the 2017/18 Q2 highlight report")));
	}

	@Test
	void actionPlanIsSummarisedByObjectiveWithRatingsAndOverdueActions() throws Exception {
		given(this.dashboards.dashboard(eq(6L), any())).willReturn(PROGRAMME_SIX);
		this.mvc.perform(get("/programmes/6").with(signedInAs(executive())))
			.andExpect(content().string(containsString("CYPP, Programme 6, Action Plan 2018/19")))
			.andExpect(content().string(containsString("2. Improve the consistency of social work practice")))
			.andExpect(content().string(containsString("Lead: Deputy Director")))
			.andExpect(content().string(containsString("A. Permanence planning")))
			.andExpect(content().string(containsString("Incremental during 2018/19")))
			.andExpect(content().string(containsString("Not rated")))
			.andExpect(content().string(matchesPattern("(?s).*<p class=\"govuk-body\">Audit case files:</p>\\s*"
					+ "<ul class=\"govuk-list govuk-list--bullet govuk-!-margin-bottom-0\">\\s*<li>monthly</li>.*")))
			.andExpect(content().string(containsString("a) 31st May 2018<br>b) 1st June 2018")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<strong class=\"govuk-tag govuk-tag--green\">Green</strong>\\s*"
						+ "<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>.*")));
	}

	@Test
	void measuresShowTargetComparatorsAndLatestValue() throws Exception {
		given(this.dashboards.dashboard(eq(6L), any())).willReturn(PROGRAMME_SIX);
		this.mvc.perform(get("/programmes/6").with(signedInAs(admin())))
			.andExpect(content().string(containsString("1. Children looked after</caption>")))
			.andExpect(content().string(containsString("Target: 52.07 per 10,000")))
			.andExpect(content().string(containsString("Stat neighbour average")))
			.andExpect(content().string(containsString("54.1")))
			.andExpect(content().string(containsString("December 2017")));
	}

	@Test
	void unknownProgrammeIsThePageNotFoundPage() throws Exception {
		given(this.dashboards.dashboard(eq(99L), any())).willThrow(new NotFoundException("Programme 99"));
		this.mvc.perform(get("/programmes/99").with(signedInAs(admin())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString("NotFoundException"))));
	}

}
