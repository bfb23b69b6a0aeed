package org.waymark.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.action.ActionPlan;
import org.waymark.action.ActionPlanQueries;
import org.waymark.action.Brag;
import org.waymark.action.Objective;
import org.waymark.dashboard.ProgrammeDashboard.ActionSummary;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;
import org.waymark.dashboard.ProgrammeDashboard.QuarterRow;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureQueries;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.Polarity;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.ExecutiveSummary;
import org.waymark.report.ExecutiveSummaryStatus;
import org.waymark.report.HighlightReport;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.Rag;
import org.waymark.report.ReportExemption;
import org.waymark.report.ReportQueries;
import org.waymark.shared.BaseEntity;
import org.waymark.user.AccessPolicy;
import org.waymark.user.TestUsers;
import org.waymark.user.UserQueries;
import org.waymark.user.WaymarkUser;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What a programme's page shows: its action plan by objective, its reports as the reader
 * may see them, its measures.
 */
class ProgrammeDashboardServiceTest {

	private static final Instant PUBLISHED = Instant.parse("2018-01-26T10:00:00Z");

	private final ProgrammeQueries programmes = mock(ProgrammeQueries.class);

	private final ReportQueries reportQueries = mock(ReportQueries.class);

	private final ActionPlanQueries actionPlans = mock(ActionPlanQueries.class);

	private final MeasureQueries measures = mock(MeasureQueries.class);

	private final UserQueries users = mock(UserQueries.class);

	private final Plan plan = withId(new Plan("Children and Young People's Plan 2016\u20132019", "CYPP",
			new FinancialYear(2016), new FinancialYear(2018)), 1);

	private final ImprovementProgramme six = withId(
			new ImprovementProgramme(this.plan, 6, "Achieving effective multi-agency support",
					new DeliveryGroup("Children's Social Care", "Claire Winter", "Deputy Director")),
			6);

	private final ReportingPeriod q2 = withId(
			new ReportingPeriod(this.plan, ReportingQuarter.parse("2017/18 Q2"), LocalDate.of(2017, 10, 13)), 10);

	private final ReportingPeriod q3 = withId(
			new ReportingPeriod(this.plan, ReportingQuarter.parse("2017/18 Q3"), LocalDate.of(2018, 1, 12)), 11);

	private final List<HighlightReport> reports = new ArrayList<>();

	private final List<ReportExemption> exemptions = new ArrayList<>();

	private final List<ExecutiveSummaryStatus> summaryRows = new ArrayList<>();

	private ProgrammeDashboardService service;

	@BeforeEach
	void programmeSix() {
		given(this.programmes.programme(6L)).willReturn(this.six);
		given(this.reportQueries.returnsOfProgramme(6L))
			.willAnswer((call) -> new QuarterlyReturns(this.reports, this.exemptions, this.summaryRows));
		given(this.users.leadNamesFor(6L)).willReturn(List.of("Lee Lead"));
		Clock june2018 = Clock.fixed(Instant.parse("2018-06-15T12:00:00Z"), ZoneId.of("Europe/London"));
		this.service = new ProgrammeDashboardService(this.programmes, this.reportQueries, this.actionPlans,
				this.measures, this.users, new AccessPolicy(), june2018);
	}

	@Test
	void actionsSitUnderTheirObjectiveOrSubObjectiveInOrder() {
		ActionPlan actionPlan = new ActionPlan(this.six, new FinancialYear(2018),
				"CYPP, Programme 6, Action Plan 2018/19");
		Objective objective = actionPlan.addObjective(2, "Improve the consistency of social work practice",
				"Deputy Director");
		objective.addAction("Audit case files");
		objective.addSubObjective("A", "Permanence planning", "Head of Service").addAction("Review every plan");
		objective.addAction("Brief every team");
		given(this.actionPlans.actionPlansOf(6L)).willReturn(List.of(actionPlan));

		ObjectiveSummary summary = page(TestUsers.admin()).actionPlans().get(0).objectives().get(0);

		assertThat(summary.actions()).extracting((a) -> a.description().blocks().get(0).lines().get(0))
			.containsExactly("Audit case files", "Brief every team");
		assertThat(summary.subObjectives()).singleElement()
			.satisfies(
					(sub) -> assertThat(sub.actions()).extracting((a) -> a.description().blocks().get(0).lines().get(0))
						.containsExactly("Review every plan"));
	}

	@Test
	void anActionPastItsDeadlineIsOverdueUnlessComplete() {
		ActionPlan actionPlan = new ActionPlan(this.six, new FinancialYear(2018), "Action Plan 2018/19");
		Objective objective = actionPlan.addObjective(1, "Leadership", null);
		objective.addAction("Late and green").setDeadline("31st May 2018", LocalDate.of(2018, 5, 31));
		objective.getActions().get(0).setBrag(Brag.GREEN);
		objective.addAction("Late but complete").setDeadline("31st May 2018", LocalDate.of(2018, 5, 31));
		objective.getActions().get(1).setBrag(Brag.BLUE);
		objective.addAction("Not due yet").setDeadline("31st March 2019", LocalDate.of(2019, 3, 31));
		objective.addAction("Ongoing").setDeadline("Incremental during 2018/19", null);
		given(this.actionPlans.actionPlansOf(6L)).willReturn(List.of(actionPlan));

		List<ActionSummary> actions = page(TestUsers.scrutiny()).actionPlans().get(0).objectives().get(0).actions();

		assertThat(actions).extracting(ActionSummary::overdue).containsExactly(true, false, false, false);
		assertThat(actions.get(3).deadline().blocks().get(0).lines()).containsExactly("Incremental during 2018/19");
	}

	@Test
	void latestStatusComesFromTheLatestReportTheReaderMayOpen() {
		report(this.q2, Rag.AMBER, true);
		report(this.q3, Rag.GREEN, false);

		assertThat(page(TestUsers.scrutiny()).latestStatus().status()).isEqualTo(Rag.AMBER);
		assertThat(page(TestUsers.scrutiny()).latestStatus().quarter()).isEqualTo("2017/18 Q2");
		assertThat(page(TestUsers.admin()).latestStatus().status()).isEqualTo(Rag.GREEN);
	}

	@Test
	void reportsTheReaderMayNotOpenAreListedWithoutTheirStatus() {
		report(this.q2, Rag.AMBER, true);
		report(this.q3, Rag.GREEN, false);

		List<QuarterRow> quarters = page(TestUsers.scrutiny()).quarters();

		assertThat(quarters).extracting(QuarterRow::label).containsExactly("2017/18 Q3", "2017/18 Q2");
		assertThat(quarters.get(0).reports()).singleElement().satisfies((link) -> {
			assertThat(link.viewable()).isFalse();
			assertThat(link.status()).isNull();
		});
		assertThat(quarters.get(1).reports()).singleElement().satisfies((link) -> {
			assertThat(link.viewable()).isTrue();
			assertThat(link.status()).isEqualTo(Rag.AMBER);
		});
	}

	@Test
	void anExemptQuarterShowsTheReasonAndTheExecutiveSummarysStatus() {
		report(this.q2, Rag.AMBER, true);
		this.exemptions.add(new ReportExemption(this.six, this.q3, "Due to the Ofsted inspection"));
		ExecutiveSummary summary = withId(new ExecutiveSummary(this.q3), 300);
		this.summaryRows.add(summary.addStatusRow(this.six, Rag.GREEN, null, "Preparing for Ofsted"));
		summary.publish(PUBLISHED);

		ProgrammeDashboard page = page(TestUsers.scrutiny());

		assertThat(page.quarters().get(0).exemptionReason()).isEqualTo("Due to the Ofsted inspection");
		assertThat(page.quarters().get(0).summaryStatus()).isEqualTo(Rag.GREEN);
		assertThat(page.latestStatus().status()).isEqualTo(Rag.GREEN);
		assertThat(page.latestStatus().fromSummary()).isTrue();
	}

	@Test
	void measuresShowTheirLatestValue() {
		Measure measure = withId(new Measure(this.six, "Children looked after per 10,000", MeasureUnit.RATE_PER_10000,
				Polarity.NEITHER, 0), 40);
		measure.setHeading("1. Children looked after");
		given(this.measures.measuresOf(6L)).willReturn(List.of(measure));
		given(this.measures.latestValuesOf(6L)).willReturn(Map.of(40L, new MeasureValue(measure, "December 2017",
				LocalDate.of(2017, 12, 31), new BigDecimal("54.1"), "54.1")));

		ProgrammeDashboard page = page(TestUsers.executive());

		assertThat(page.measureGroups()).singleElement().satisfies((group) -> {
			assertThat(group.heading()).isEqualTo("1. Children looked after");
			assertThat(group.measures().get(0).latest().period()).isEqualTo("December 2017");
		});
		assertThat(page.programme().leads()).containsExactly("Lee Lead");
		assertThat(page.programme().chairName()).isEqualTo("Claire Winter");
	}

	private ProgrammeDashboard page(WaymarkUser reader) {
		return this.service.dashboard(6L, as(reader));
	}

	private void report(ReportingPeriod period, Rag status, boolean published) {
		HighlightReport report = withId(new HighlightReport(this.six, period), 1000 + this.reports.size());
		report.setStatus(status, "Reason");
		if (published) {
			report.recordAsPublished(null, PUBLISHED);
		}
		this.reports.add(report);
	}

	private static Authentication as(WaymarkUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private static <T extends BaseEntity> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
