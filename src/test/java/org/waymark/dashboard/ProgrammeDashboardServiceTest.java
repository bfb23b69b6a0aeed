package org.waymark.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.ProgrammeDashboard.HistoryRow;
import org.waymark.dashboard.ProgrammeDashboard.KeyPoints;
import org.waymark.measure.MeasureQueries;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
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
import org.waymark.report.ReportState;
import org.waymark.report.SectionType;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskQueries;
import org.waymark.shared.BaseEntity;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.TestUsers;
import org.waymark.user.UserQueries;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * What a programme's dashboard shows as at a quarter: the quarter chosen by default, the
 * status history as the reader may see it, the quarter's report in brief, the year's
 * actions of this programme only.
 */
class ProgrammeDashboardServiceTest {

	private static final Instant PUBLISHED = Instant.parse("2018-01-26T10:00:00Z");

	private final ProgrammeQueries programmes = mock(ProgrammeQueries.class);

	private final PlanQueries plans = mock(PlanQueries.class);

	private final ReportQueries reportQueries = mock(ReportQueries.class);

	private final QuarterActions quarterActions = mock(QuarterActions.class);

	private final MeasureQueries measures = mock(MeasureQueries.class);

	private final RiskQueries risks = mock(RiskQueries.class);

	private final UserQueries users = mock(UserQueries.class);

	private final Plan plan = withId(new Plan("Children and Young People's Plan 2016\u20132019", "CYPP",
			new FinancialYear(2016), new FinancialYear(2018)), 1);

	private final ImprovementProgramme six = withId(
			new ImprovementProgramme(this.plan, 6, "Achieving effective multi-agency support",
					new DeliveryGroup("Children's Social Care", "Claire Winter", "Deputy Director")),
			6);

	private final ReportingPeriod q2 = period("2017/18 Q2", 10, ReportingPeriodState.CLOSED);

	private final ReportingPeriod q3 = period("2017/18 Q3", 11, ReportingPeriodState.CLOSED);

	private final ReportingPeriod q4 = period("2017/18 Q4", 12, ReportingPeriodState.OPEN);

	private final ReportingPeriod q1 = period("2018/19 Q1", 13, ReportingPeriodState.UPCOMING);

	private final List<HighlightReport> reports = new ArrayList<>();

	private final List<ReportExemption> exemptions = new ArrayList<>();

	private final List<ExecutiveSummaryStatus> summaryRows = new ArrayList<>();

	private ProgrammeDashboardService service;

	@BeforeEach
	void programmeSix() {
		given(this.programmes.programme(6L)).willReturn(this.six);
		given(this.plans.periodsOf(1L)).willReturn(List.of(this.q2, this.q3, this.q4, this.q1));
		given(this.reportQueries.returnsOfProgramme(6L))
			.willAnswer((call) -> new QuarterlyReturns(this.reports, this.exemptions, this.summaryRows));
		given(this.users.leadNamesFor(6L)).willReturn(List.of("Lee Lead"));
		Clock april2018 = Clock.fixed(Instant.parse("2018-04-20T12:00:00Z"), ZoneId.of("Europe/London"));
		this.service = new ProgrammeDashboardService(this.programmes, this.plans, this.reportQueries,
				this.quarterActions, this.measures, this.risks, this.users, new AccessPolicy(), april2018);
	}

	@Test
	void byDefaultTheLatestQuarterTheReaderMaySeeIsShown() {
		report(this.q3, Rag.GREEN, ReportState.PUBLISHED);
		report(this.q4, Rag.AMBER, ReportState.SUBMITTED);

		assertThat(page(TestUsers.scrutiny(), null).selected().label()).isEqualTo("2017/18 Q3");
		assertThat(page(TestUsers.executive(), null).selected().label()).isEqualTo("2017/18 Q4");
	}

	@Test
	void withNothingToSeeTheLatestQuarterThatHasOpenedIsShown() {
		ProgrammeDashboard page = page(TestUsers.scrutiny(), null);

		assertThat(page.selected().label()).isEqualTo("2017/18 Q4");
		assertThat(page.keyPoints()).isNull();
		assertThat(page.pastQuarter()).isFalse();
	}

	@Test
	void historyGivesEachQuartersStatusTrendAndReasonLatestFirstUpToTheQuarterShown() {
		report(this.q2, Rag.AMBER, "Slipping on the local offer", ReportState.PUBLISHED);
		report(this.q3, Rag.GREEN, "Back on track", ReportState.PUBLISHED);
		report(this.q4, Rag.RED, ReportState.SUBMITTED);

		List<HistoryRow> history = page(TestUsers.scrutiny(), 12L).history();

		// 2018/19 Q1 has not opened and has nothing, so it has no row.
		assertThat(history).extracting((row) -> row.period().label())
			.containsExactly("2017/18 Q4", "2017/18 Q3", "2017/18 Q2");
		assertThat(history.get(0).status()).as("a submitted report is not shown to scrutiny").isNull();
		assertThat(history.get(0).reportId()).isNull();
		assertThat(history.get(1).status()).isEqualTo(Rag.GREEN);
		assertThat(history.get(1).trend()).isEqualTo(StatusTrend.IMPROVING);
		assertThat(history.get(1).reason().blocks().get(0).lines()).containsExactly("Back on track");
		assertThat(history.get(2).trend()).isEqualTo(StatusTrend.NEW);
		assertThat(history).extracting(HistoryRow::selected).containsExactly(true, false, false);
	}

	@Test
	void aPastQuarterIsShownAsItWasWithLaterQuartersLeftOut() {
		report(this.q2, Rag.AMBER, ReportState.PUBLISHED);
		report(this.q3, Rag.GREEN, ReportState.PUBLISHED);

		ProgrammeDashboard page = page(TestUsers.scrutiny(), 10L);

		assertThat(page.selected().label()).isEqualTo("2017/18 Q2");
		assertThat(page.history()).singleElement().satisfies((row) -> {
			assertThat(row.selected()).isTrue();
			assertThat(row.status()).isEqualTo(Rag.AMBER);
		});
		assertThat(page.pastQuarter()).as("risks are said to be as they stand today").isTrue();
		verify(this.measures).trendsOf(6L, LocalDate.of(2017, 9, 30));
	}

	@Test
	void aClosedQuarterShowsItsPublishedRevisionNotACorrectionBeingWritten() {
		report(this.q3, Rag.GREEN, ReportState.PUBLISHED);
		HighlightReport correction = report(this.q3, Rag.AMBER, ReportState.DRAFT);
		ReflectionTestUtils.setField(correction, "revision", 2);

		HistoryRow row = page(TestUsers.admin(), 11L).history().get(0);

		assertThat(row.status()).isEqualTo(Rag.GREEN);
		assertThat(row.revision()).isEqualTo(1);
	}

	@Test
	void aPeriodOfAnotherPlanIsNotFound() {
		assertThatThrownBy(() -> page(TestUsers.admin(), 99L)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anExemptQuarterTakesItsStatusAndReasonFromThePublishedExecutiveSummary() {
		report(this.q2, Rag.AMBER, ReportState.PUBLISHED);
		this.exemptions.add(new ReportExemption(this.six, this.q3, "Due to the Ofsted inspection"));
		ExecutiveSummary summary = withId(new ExecutiveSummary(this.q3), 300);
		this.summaryRows.add(summary.addStatusRow(this.six, Rag.GREEN, null, "Preparing for Ofsted"));
		summary.publish(PUBLISHED);

		ProgrammeDashboard page = page(TestUsers.scrutiny(), null);

		assertThat(page.selected().label()).isEqualTo("2017/18 Q3");
		HistoryRow row = page.history().get(0);
		assertThat(row.exemptionReason()).isEqualTo("Due to the Ofsted inspection");
		assertThat(row.status()).isEqualTo(Rag.GREEN);
		assertThat(row.statusFromSummary()).isTrue();
		assertThat(row.trend()).isEqualTo(StatusTrend.IMPROVING);
		assertThat(page.keyPoints().fromSummary()).isTrue();
		assertThat(page.keyPoints().reason().blocks().get(0).lines()).containsExactly("Preparing for Ofsted");
		assertThat(page.keyPoints().sections()).isEmpty();
	}

	@Test
	void keyPointsGiveTheFirstPointsOfEachSectionAndSayWhatIsNil() {
		HighlightReport report = report(this.q3, Rag.GREEN, ReportState.DRAFT);
		report.section(SectionType.ACHIEVEMENTS).write("- One\n- Two\n- Three\n- Four\n- Five");
		report.section(SectionType.SLIPPAGE).markNilReturn();
		report.recordAsPublished(null, PUBLISHED);

		KeyPoints points = page(TestUsers.scrutiny(), null).keyPoints();

		assertThat(points.reportId()).isEqualTo(report.getId());
		assertThat(points.sections()).extracting((s) -> s.type())
			.containsExactly(SectionType.ACHIEVEMENTS, SectionType.SLIPPAGE, SectionType.NEXT_PERIOD,
					SectionType.DECISIONS_REQUIRED);
		assertThat(points.sections().get(0).points()).containsExactly("One", "Two", "Three");
		assertThat(points.sections().get(0).more()).isEqualTo(2);
		assertThat(points.sections().get(1).nilReturn()).isTrue();
		assertThat(points.sections().get(2).isBlank()).isTrue();
	}

	@Test
	void theActionPlanSummaryCountsOnlyThisProgrammesActionsInTheQuartersYear() {
		report(this.q3, Rag.GREEN, ReportState.PUBLISHED);
		given(this.quarterActions.actionsOf(eq(1L), eq(this.q3), anyBoolean())).willReturn(List
			.of(action(6L, 1, Brag.GREEN, false), action(6L, 1, Brag.RED, true), action(7L, 1, Brag.AMBER, false)));

		ProgrammeDashboard page = page(TestUsers.scrutiny(), null);

		assertThat(page.actionPlan().year()).isEqualTo("2017/18");
		assertThat(page.actionPlan().counts().total()).isEqualTo(2);
		assertThat(page.actionPlan().counts().overdue()).isEqualTo(1);
		assertThat(page.actionPlan().counts().amber()).isZero();
		verify(this.quarterActions).actionsOf(anyLong(), any(), eq(false));
	}

	private ProgrammeDashboard page(WaymarkUser reader, Long periodId) {
		return this.service.dashboard(6L, periodId, as(reader));
	}

	private HighlightReport report(ReportingPeriod period, Rag status, ReportState state) {
		return report(period, status, "Reason", state);
	}

	private HighlightReport report(ReportingPeriod period, Rag status, String reason, ReportState state) {
		HighlightReport report = withId(new HighlightReport(this.six, period), 1000 + this.reports.size());
		report.setStatus(status, reason);
		if (state == ReportState.PUBLISHED) {
			report.recordAsPublished(null, PUBLISHED);
		}
		else {
			ReflectionTestUtils.setField(report, "state", state);
		}
		this.reports.add(report);
		return report;
	}

	private static QuarterAction action(long programmeId, int objective, Brag brag, boolean overdue) {
		return new QuarterAction(100, 50, programmeId, objective, "Objective " + objective, "Do something", "Owner",
				null, LocalDate.of(2017, 12, 1), brag, overdue, null);
	}

	private ReportingPeriod period(String quarter, long id, ReportingPeriodState state) {
		ReportingPeriod period = withId(new ReportingPeriod(this.plan, ReportingQuarter.parse(quarter), null), id);
		period.setState(state);
		return period;
	}

	private static Authentication as(WaymarkUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private static <T extends BaseEntity> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
