package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.measure.DataStatus;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.Polarity;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.ReportTasks.Task;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's task list as the lead sees it on PostgreSQL: how far each part has got,
 * and the status trend computed from the previous quarter's published status.
 * <p>
 * Each test works on a programme 4 report for 2018/19 Q1 made inside a transaction that
 * is rolled back, so nothing it does is seen by other tests.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportTasksIT {

	private static final Instant WHEN = Instant.parse("2018-04-20T09:00:00Z");

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoFixtures fixtures;

	private long programmeId;

	private Authentication lead;

	@BeforeEach
	void demo() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.programmeId = this.fixtures.programmeId(4);
		this.lead = new WorkflowActors(this.users, this.programmeId).of(Actor.OWN_LEAD);
	}

	@Test
	void eachPartShowsHowFarItHasGot() {
		inRolledBackTransaction(() -> {
			HighlightReport report = draft();
			Measure first = measure("Referrals to CAMHS", 90);
			Measure second = measure("Kooth log-ins", 91);
			ReportMeasureRow firstRow = report.addMeasureRow(first, null, null);
			ReportMeasureRow secondRow = report.addMeasureRow(second, null, null);
			save(report);

			ReportTasks tasks = tasks(report);
			assertThat(tasks.statusTask().status()).isEqualTo(TaskStatus.NOT_STARTED);
			assertThat(tasks.sectionTasks()).extracting(Task::status).containsOnly(TaskStatus.NOT_STARTED);
			assertThat(tasks.sectionTasks()).extracting(Task::path)
				.containsExactly("achievements", "slippage", "next-period", "risks", "issues", "variances",
						"decisions-required");
			assertThat(tasks.measures())
				.isEqualTo(new Task("measures", "report.task.measures", TaskStatus.NOT_STARTED, 0, 2));
			assertThat(tasks.caseStudies().status()).isEqualTo(TaskStatus.OPTIONAL);
			assertThat(tasks.actions().status()).isEqualTo((tasks.actions().total() == 0) ? TaskStatus.NOT_APPLICABLE
					: TaskStatus.of(tasks.actions().done(), tasks.actions().total()));
			assertThat(tasks.readyToSubmit()).isFalse();
			assertThat(tasks.correction()).isFalse();

			report.setStatus(Rag.AMBER, null);
			firstRow.recordCurrent("Q1 2018/19", new BigDecimal("412"), "412", DataStatus.REPORTED);
			report.section(SectionType.RISKS).markNilReturn();
			report.section(SectionType.ISSUES).write("Waiting times rose in May.");
			save(report);

			tasks = tasks(report);
			assertThat(tasks.statusTask().status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(tasks.sectionTasks()).filteredOn((t) -> t.status() == TaskStatus.COMPLETED)
				.extracting(Task::path)
				.containsExactly("risks", "issues");
			assertThat(tasks.measures().status()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(tasks.measures().done()).isEqualTo(1);

			report.setStatus(null, "A reason written before the status is chosen");
			save(report);
			assertThat(tasks(report).statusTask().status()).isEqualTo(TaskStatus.IN_PROGRESS);

			report.setStatus(Rag.AMBER, "Waiting times rose in May.");
			secondRow.recordCurrent(null, null, null, DataStatus.AWAITING_DATA);
			for (SectionType type : SectionType.values()) {
				if (!report.section(type).isComplete()) {
					report.section(type).markNilReturn();
				}
			}
			report.addCaseStudy("Kooth", "Online counselling went live.");
			save(report);

			tasks = tasks(report);
			assertThat(tasks.statusTask().status()).isEqualTo(TaskStatus.COMPLETED);
			assertThat(tasks.sectionTasks()).extracting(Task::status).containsOnly(TaskStatus.COMPLETED);
			assertThat(tasks.measures())
				.isEqualTo(new Task("measures", "report.task.measures", TaskStatus.COMPLETED, 2, 2));
			assertThat(tasks.caseStudies().status()).isEqualTo(TaskStatus.COMPLETED);
			assertThat(tasks.caseStudies().done()).isEqualTo(1);
			assertThat(tasks.readyToSubmit()).isTrue();
			assertThat(report.submissionProblems()).isEmpty();
		});
	}

	@Test
	void reportWithoutMeasuresHasNothingToDoInTheMeasuresTable() {
		inRolledBackTransaction(() -> {
			HighlightReport report = draft();
			save(report);

			assertThat(tasks(report).measures().status()).isEqualTo(TaskStatus.NOT_APPLICABLE);
		});
	}

	@ParameterizedTest(name = "published {0} last quarter, {1} now: {2}")
	@CsvSource({ "AMBER, GREEN, IMPROVING", "AMBER, AMBER, UNCHANGED", "AMBER, RED, DECLINING", "RED, AMBER, IMPROVING",
			"GREEN, RED, DECLINING", "GREEN, BLUE, IMPROVING" })
	void trendComparesWithThePreviousQuartersPublishedStatus(Rag previous, Rag now, StatusTrend expected) {
		inRolledBackTransaction(() -> {
			previousQuarter(previous, true, null);
			HighlightReport report = draft();
			report.setStatus(now, "As it stands");
			save(report);

			ReportTasks tasks = tasks(report);
			assertThat(tasks.status()).isEqualTo(now);
			assertThat(tasks.trend()).contains(expected);
			assertThat(this.drafting.statusDraft(report.getId(), this.lead).previousStatus()).isEqualTo(previous);
		});
	}

	@Test
	void trendIsNewWhenLastQuarterWasNotPublishedAndAbsentUntilThereIsAStatus() {
		inRolledBackTransaction(() -> {
			// Submitted but not published: the partnership has not said anything yet.
			previousQuarter(Rag.RED, false, null);
			HighlightReport report = draft();
			save(report);
			assertThat(tasks(report).trend()).isEmpty();

			report.setStatus(Rag.GREEN, null);
			save(report);
			assertThat(tasks(report).trend()).contains(StatusTrend.NEW);
		});
	}

	@Test
	void trendComparesWithTheLatestPublishedRevisionOfLastQuarter() {
		inRolledBackTransaction(() -> {
			previousQuarter(Rag.GREEN, true, null);
			previousQuarter(Rag.RED, true, "The status was corrected to red");
			HighlightReport report = draft();
			report.setStatus(Rag.AMBER, "As it stands");
			save(report);

			assertThat(tasks(report).trend()).contains(StatusTrend.IMPROVING);
		});
	}

	@Test
	void taskListShowsWhatTheLeadSaidLastQuarterTheyWouldDo() {
		inRolledBackTransaction(() -> {
			HighlightReport previous = previousQuarter(Rag.GREEN, true, null);
			previous.section(SectionType.NEXT_PERIOD).write("- Extend Kooth\n- Publish the pathway");
			save(previous);
			HighlightReport report = draft();
			save(report);

			ReportTasks tasks = tasks(report);
			assertThat(tasks.promised().isEmpty()).isFalse();
			assertThat(tasks.promisedQuarter()).isEqualTo(previous.getReportingPeriod().longLabel());
			assertThat(report.section(SectionType.ACHIEVEMENTS).getBody()).as("never copied into this quarter")
				.isNull();
		});
	}

	private void inRolledBackTransaction(Runnable test) {
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			test.run();
		});
	}

	private ReportTasks tasks(HighlightReport report) {
		return this.drafting.tasks(report.getId(), this.lead);
	}

	private HighlightReport draft() {
		ImprovementProgramme programme = this.entityManager.find(ImprovementProgramme.class, this.programmeId);
		ReportingPeriod period = this.entityManager.find(ReportingPeriod.class,
				this.fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER));
		return new HighlightReport(programme, period);
	}

	/**
	 * A programme 4 report for 2017/18 Q4, the quarter before the drafts here, as the
	 * next revision after any the quarter already has (other tests may have started one).
	 */
	private HighlightReport previousQuarter(Rag status, boolean published, String correctionReason) {
		long periodId = this.fixtures.periodId(2017, "Q4");
		Integer latest = this.jdbc.queryForObject(
				"select max(revision) from highlight_report where programme_id = ? and reporting_period_id = ?",
				Integer.class, this.programmeId, periodId);
		HighlightReport report = new HighlightReport(
				this.entityManager.find(ImprovementProgramme.class, this.programmeId),
				this.entityManager.find(ReportingPeriod.class, periodId));
		ReflectionTestUtils.setField(report, "revision", (latest == null) ? 1 : latest + 1);
		ReflectionTestUtils.setField(report, "correctionReason", correctionReason);
		report.setStatus(status, "As reported last quarter");
		for (SectionType type : SectionType.values()) {
			report.section(type).markNilReturn();
		}
		if (correctionReason == null) {
			report.submit("lead@example.org", WHEN);
		}
		if (published) {
			report.publish("admin@example.org", WHEN);
		}
		save(report);
		return report;
	}

	private Measure measure(String name, int position) {
		Measure measure = new Measure(this.entityManager.find(ImprovementProgramme.class, this.programmeId), name,
				MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, position);
		this.entityManager.persist(measure);
		return measure;
	}

	private void save(HighlightReport report) {
		if (report.getId() == null) {
			this.entityManager.persist(report);
		}
		this.entityManager.flush();
	}

}
