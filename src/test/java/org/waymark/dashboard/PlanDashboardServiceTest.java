package org.waymark.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.PlanDashboard.PlanOption;
import org.waymark.dashboard.PlanDashboard.ProgrammeRow;
import org.waymark.dashboard.PlanDashboard.StatusCell;
import org.waymark.measure.DirectionOfTravel;
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
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskBandThresholds;
import org.waymark.risk.RiskQueries;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;
import org.waymark.risk.RiskSummary;
import org.waymark.shared.BaseEntity;
import org.waymark.user.AccessPolicy;
import org.waymark.user.TestUsers;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * What the plan dashboard shows whom: statuses only from reports the reader may see, the
 * executive summary's status for an exempt programme, the trend against the previous
 * quarter's published status, and scrutiny champions' programmes first.
 */
class PlanDashboardServiceTest {

	private static final Instant PUBLISHED = Instant.parse("2018-01-26T10:00:00Z");

	private final PlanQueries plans = mock(PlanQueries.class);

	private final ProgrammeQueries programmeQueries = mock(ProgrammeQueries.class);

	private final ReportQueries reportQueries = mock(ReportQueries.class);

	private final RiskQueries riskQueries = mock(RiskQueries.class);

	private final QuarterActions quarterActions = mock(QuarterActions.class);

	private final Plan plan = withId(new Plan("Children and Young People's Plan 2016\u20132019", "CYPP",
			new FinancialYear(2016), new FinancialYear(2018)), 1);

	private final ReportingPeriod q2 = period("2017/18 Q2", LocalDate.of(2017, 10, 13), 10);

	private final ReportingPeriod q3 = period("2017/18 Q3", LocalDate.of(2018, 1, 12), 11);

	private final ReportingPeriod q4 = period("2017/18 Q4", LocalDate.of(2018, 4, 13), 12);

	private final List<ImprovementProgramme> programmes = new ArrayList<>();

	private final List<HighlightReport> reports = new ArrayList<>();

	private final List<ReportExemption> exemptions = new ArrayList<>();

	private final List<ExecutiveSummaryStatus> summaryRows = new ArrayList<>();

	private PlanDashboardService service;

	@BeforeEach
	void activePlanWithSevenProgrammes() {
		for (int number = 1; number <= 7; number++) {
			this.programmes.add(withId(new ImprovementProgramme(this.plan, number, "Programme " + number,
					new DeliveryGroup("Group", null, null)), number));
		}
		given(this.plans.activePlan()).willReturn(java.util.Optional.of(this.plan));
		given(this.plans.periodsOf(1L)).willReturn(List.of(this.q2, this.q3, this.q4));
		given(this.programmeQueries.programmesOf(1L)).willReturn(this.programmes);
		given(this.reportQueries.periodIdsWithPublishedReporting(1L)).willReturn(Set.of(10L, 11L));
		given(this.reportQueries.returnsIn(any()))
			.willAnswer((call) -> new QuarterlyReturns(this.reports, this.exemptions, this.summaryRows));
		Clock lateJanuary = Clock.fixed(Instant.parse("2018-01-20T12:00:00Z"), ZoneId.of("Europe/London"));
		this.service = new PlanDashboardService(this.plans, this.programmeQueries, this.reportQueries, this.riskQueries,
				this.quarterActions, new AccessPolicy(), lateJanuary);
	}

	@Test
	void showsTheLatestPeriodWithAnythingPublished() {
		PlanDashboard dashboard = this.service.dashboard(null, null, as(TestUsers.admin())).orElseThrow();

		assertThat(dashboard.selected().label()).isEqualTo("2017/18 Q3");
		assertThat(dashboard.periods()).hasSize(3);
		assertThat(dashboard.rows()).extracting(ProgrammeRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void withNothingPublishedShowsTheLatestPeriodThatHasOpened() {
		this.q2.setState(ReportingPeriodState.CLOSED);
		this.q3.setState(ReportingPeriodState.UPCOMING);
		this.q4.setState(ReportingPeriodState.UPCOMING);

		assertThat(PlanDashboardService.defaultPeriod(List.of(this.q2, this.q3, this.q4), Set.of())).isSameAs(this.q2);
	}

	@Test
	void aDraftsStatusCountsOnlyForThoseWhoMayReadTheDraft() {
		report(7, this.q3, Rag.AMBER, false);

		assertThat(row(TestUsers.admin(), 7).status()).isEqualTo(Rag.AMBER);
		assertThat(row(TestUsers.lead(7L), 7).status()).isEqualTo(Rag.AMBER);
		assertThat(row(TestUsers.lead(1L), 7).status()).isNull();
		assertThat(row(TestUsers.executive(), 7).status()).isNull();
		ProgrammeRow forScrutiny = row(TestUsers.scrutiny(7L), 7);
		assertThat(forScrutiny.status()).isNull();
		assertThat(forScrutiny.trend()).isNull();
		assertThat(forScrutiny.reportId()).isNull();
	}

	@Test
	void whileACorrectionIsDraftedReadersSeeThePublishedRevision() {
		HighlightReport original = report(1, this.q3, Rag.GREEN, true);
		HighlightReport correction = report(1, this.q3, Rag.AMBER, false);
		ReflectionTestUtils.setField(correction, "revision", 2);

		ProgrammeRow forScrutiny = row(TestUsers.scrutiny(), 1);
		assertThat(forScrutiny.status()).isEqualTo(Rag.GREEN);
		assertThat(forScrutiny.reportId()).isEqualTo(original.getId());
		assertThat(row(TestUsers.admin(), 1).reportId()).isEqualTo(correction.getId());
	}

	@Test
	void trendComparesWithThePreviousQuartersPublishedStatus() {
		report(1, this.q2, Rag.AMBER, true);
		report(1, this.q3, Rag.GREEN, true);
		report(2, this.q2, Rag.GREEN, false);
		report(2, this.q3, Rag.GREEN, true);
		report(3, this.q2, Rag.RED, true);
		report(3, this.q3, Rag.RED, true);

		assertThat(row(TestUsers.scrutiny(), 1).trend()).isEqualTo(StatusTrend.IMPROVING);
		assertThat(row(TestUsers.scrutiny(), 2).trend()).as("the previous report was never published")
			.isEqualTo(StatusTrend.NEW);
		assertThat(row(TestUsers.scrutiny(), 3).trend()).isEqualTo(StatusTrend.UNCHANGED);
	}

	@Test
	void anExemptProgrammeTakesItsStatusFromThePublishedExecutiveSummary() {
		this.exemptions.add(new ReportExemption(this.programmes.get(5), this.q3, "Due to the Ofsted inspection"));
		summaryRow(this.q3, 6, Rag.AMBER);

		ProgrammeRow six = row(TestUsers.scrutiny(), 6);
		assertThat(six.status()).isEqualTo(Rag.AMBER);
		assertThat(six.statusFromSummary()).isTrue();
		assertThat(six.returnStatus()).isEqualTo(ReturnStatus.EXEMPT);
		assertThat(six.exemptionReason()).isEqualTo("Due to the Ofsted inspection");
		assertThat(six.trend()).isEqualTo(StatusTrend.NEW);
	}

	@Test
	void anUnsentReturnPastItsDueDateIsLate() {
		report(4, this.q3, Rag.GREEN, false);

		assertThat(row(TestUsers.admin(), 4).returnStatus()).isEqualTo(ReturnStatus.LATE);
		assertThat(row(TestUsers.admin(), 5).returnStatus()).isEqualTo(ReturnStatus.LATE);
	}

	@Test
	void scrutinyChampionsSeeTheirProgrammesFirst() {
		PlanDashboard dashboard = this.service.dashboard(null, null, as(TestUsers.scrutiny(5L, 3L))).orElseThrow();

		assertThat(dashboard.rows()).extracting(ProgrammeRow::number).containsExactly(3, 5, 1, 2, 4, 6, 7);
		assertThat(dashboard.rows()).extracting(ProgrammeRow::championed)
			.containsExactly(true, true, false, false, false, false, false);
	}

	@Test
	void othersSeeProgrammesInNumberOrder() {
		PlanDashboard dashboard = this.service.dashboard(null, null, as(TestUsers.lead(5L, 3L))).orElseThrow();

		assertThat(dashboard.rows()).extracting(ProgrammeRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void aChosenPeriodIsShownInsteadOfTheLatest() {
		given(this.plans.period(10L)).willReturn(this.q2);

		assertThat(this.service.dashboard(10L, null, as(TestUsers.admin())).orElseThrow().selected().label())
			.isEqualTo("2017/18 Q2");
	}

	@Test
	void withoutAnActivePlanThereIsNoDashboard() {
		given(this.plans.activePlan()).willReturn(java.util.Optional.empty());

		assertThat(this.service.dashboard(null, null, as(TestUsers.admin()))).isEmpty();
	}

	@Test
	void theStatusHistoryShowsEachQuarterAsTheReaderMaySeeIt() {
		report(1, this.q2, Rag.AMBER, true);
		report(1, this.q3, Rag.GREEN, false);

		assertThat(row(TestUsers.admin(), 1).history())
			.extracting(StatusCell::label, StatusCell::status, StatusCell::selected)
			.containsExactly(tuple("2017/18 Q2", Rag.AMBER, false), tuple("2017/18 Q3", Rag.GREEN, true),
					tuple("2017/18 Q4", null, false));
		assertThat(row(TestUsers.scrutiny(), 1).history()).extracting(StatusCell::status)
			.as("a draft's status is not for scrutiny")
			.containsExactly(Rag.AMBER, null, null);
	}

	@Test
	void aClosedQuarterShowsItsPublishedRevisionEvenToThoseWhoMayReadTheCorrection() {
		this.q3.setState(ReportingPeriodState.CLOSED);
		HighlightReport original = report(1, this.q3, Rag.GREEN, true);
		HighlightReport correction = report(1, this.q3, Rag.RED, false);
		ReflectionTestUtils.setField(correction, "revision", 2);

		ProgrammeRow forAdmin = row(TestUsers.admin(), 1);
		assertThat(forAdmin.status()).isEqualTo(Rag.GREEN);
		assertThat(forAdmin.reportId()).isEqualTo(original.getId());
		assertThat(forAdmin.history().get(1).status()).isEqualTo(Rag.GREEN);
	}

	@Test
	void measuresAreCountedFromTheShownReportsTable() {
		HighlightReport shown = report(1, this.q3, Rag.GREEN, true);
		given(this.reportQueries.measureDirectionsOf(List.of(shown.getId())))
			.willReturn(Map.of(shown.getId(), List.of(DirectionOfTravel.IMPROVED, DirectionOfTravel.IMPROVED,
					DirectionOfTravel.DETERIORATED, DirectionOfTravel.NOT_COMPARABLE)));

		assertThat(row(TestUsers.scrutiny(), 1).measures()).isEqualTo(new MeasureMovement(true, 2, 0, 1, 1));
		assertThat(row(TestUsers.scrutiny(), 2).measures().reported()).isFalse();
	}

	@Test
	void highRisksAreTheOpenRisksInTheHighBandOfEachRegister() {
		given(this.riskQueries.risksOfPlan(1L)).willReturn(List.of(risk(1L, 20, RiskStatus.OPEN),
				risk(1L, 16, RiskStatus.OPEN), risk(1L, 12, RiskStatus.OPEN), risk(1L, 25, RiskStatus.CLOSED),
				risk(2L, null, RiskStatus.OPEN), risk(null, 15, RiskStatus.OPEN)));

		PlanDashboard dashboard = this.service.dashboard(null, null, as(TestUsers.executive())).orElseThrow();

		assertThat(dashboard.rows()).extracting(ProgrammeRow::highRisks).containsExactly(2, 0, 0, 0, 0, 0, 0);
		assertThat(dashboard.planWideHighRisks()).isEqualTo(1);
	}

	@Test
	void actionsAreCountedByProgrammeForTheQuarterWithDraftPlansOnlyForThoseWhoMayReadThem() {
		given(this.quarterActions.actionsOf(eq(1L), eq(this.q3), anyBoolean()))
			.willReturn(List.of(action(1, Brag.GREEN, false), action(1, Brag.RED, true), action(1, null, false),
					action(3, Brag.BLUE, false)));

		PlanDashboard dashboard = this.service.dashboard(null, null, as(TestUsers.scrutiny())).orElseThrow();

		assertThat(dashboard.rows().get(0).actions()).isEqualTo(new BragCounts(0, 1, 0, 1, 1, 1));
		assertThat(dashboard.rows().get(1).actions().total()).isZero();
		assertThat(dashboard.rows().get(2).actions().blue()).isEqualTo(1);
		verify(this.quarterActions).actionsOf(1L, this.q3, false);
		this.service.dashboard(null, null, as(TestUsers.admin()));
		verify(this.quarterActions).actionsOf(1L, this.q3, true);
	}

	private static QuarterAction action(long programmeId, Brag brag, boolean overdue) {
		return new QuarterAction(programmeId * 100, 1, programmeId, 1, "Objective", "Action", null, null, null, brag,
				overdue, null);
	}

	@Test
	void aChosenPlanIsShownAtItsDefaultPeriod() {
		given(this.plans.plan(1L)).willReturn(this.plan);
		given(this.plans.plans()).willReturn(List.of(this.plan));

		PlanDashboard dashboard = this.service.dashboard(null, 1L, as(TestUsers.admin())).orElseThrow();

		assertThat(dashboard.selected().label()).isEqualTo("2017/18 Q3");
		assertThat(dashboard.plans()).extracting(PlanOption::id).containsExactly(1L);
	}

	private static RiskSummary risk(Long programmeId, Integer score, RiskStatus status) {
		RiskScore riskScore = (score == null) ? null : new RiskScore(score / 5, 5);
		RiskBand band = (riskScore == null) ? null : riskScore.band(new RiskBandThresholds(8, 15));
		return new RiskSummary(1, 1, programmeId, null, null, "R", "Risk", null, riskScore, null, band, null, null,
				status, null, 0, false);
	}

	private ProgrammeRow row(WaymarkUser reader, int number) {
		return this.service.dashboard(null, null, as(reader))
			.orElseThrow()
			.rows()
			.stream()
			.filter((row) -> row.number() == number)
			.findFirst()
			.orElseThrow();
	}

	private HighlightReport report(int programme, ReportingPeriod period, Rag status, boolean published) {
		HighlightReport report = withId(new HighlightReport(this.programmes.get(programme - 1), period),
				1000 + this.reports.size());
		report.setStatus(status, "Reason");
		if (published) {
			report.recordAsPublished(null, PUBLISHED);
		}
		this.reports.add(report);
		return report;
	}

	private void summaryRow(ReportingPeriod period, int programme, Rag status) {
		ExecutiveSummary summary = withId(new ExecutiveSummary(period), 500 + period.getId());
		this.summaryRows.add(summary.addStatusRow(this.programmes.get(programme - 1), status, null, "Reason"));
		summary.publish(PUBLISHED);
	}

	private ReportingPeriod period(String quarter, LocalDate due, long id) {
		ReportingPeriod period = withId(new ReportingPeriod(this.plan, ReportingQuarter.parse(quarter), due), id);
		period.setState(ReportingPeriodState.OPEN);
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
