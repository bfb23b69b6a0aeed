package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Report and executive summary state changes write the audit log: who did it, what, and
 * to which report, named the way the plan names its programmes. Each test runs in a
 * transaction that is rolled back, on a report of programme 4 of its own (the reports
 * other tests share are never changed), and reads back only the lines written after it
 * started.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportAuditIT {

	private static final int PROGRAMME = 4;

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private ExecutiveSummaryService summaries;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoFixtures fixtures;

	private WorkflowActors actors;

	private long programmeId;

	@BeforeEach
	void demo() {
		this.fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.programmeId = this.fixtures.programmeId(PROGRAMME);
		this.actors = new WorkflowActors(this.users, this.programmeId);
	}

	@Test
	void eachStepOfTheWorkflowIsAuditedWithWhoDidItAndWhichReport() {
		Authentication lead = this.actors.of(Actor.OWN_LEAD);
		Authentication admin = this.actors.of(Actor.ADMIN);
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			long after = lastLine();
			long reportId = completeDraft();

			// Flushed after each step, as each request would be, so that the version
			// moves on.
			this.drafting.submit(reportId, report(reportId).getVersion(), lead);
			this.entityManager.flush();
			this.review.returnForChanges(reportId, report(reportId).getVersion(), "Please add the Q1 referral figures",
					admin);
			this.entityManager.flush();
			this.drafting.submit(reportId, report(reportId).getVersion(), lead);
			this.entityManager.flush();
			this.review.publish(reportId, report(reportId).getVersion(), admin);
			this.entityManager.flush();
			long correctionId = this.review.startCorrection(reportId, report(reportId).getVersion(),
					"The status reason was wrong", admin);
			this.entityManager.flush();
			this.review.publish(correctionId, report(correctionId).getVersion(), admin);
			this.entityManager.flush();

			String subject = "Programme 4, 2018/19 Q1";
			assertThat(linesSince(after)).containsExactly(
					"lead@example.org|REPORT|Submitted the highlight report|" + subject,
					"admin@example.org|REPORT|Returned the highlight report for changes: Please add the Q1 referral figures|"
							+ subject,
					"lead@example.org|REPORT|Submitted the highlight report|" + subject,
					"admin@example.org|REPORT|Published the highlight report|" + subject,
					"admin@example.org|REPORT|Started a correction of the highlight report: The status reason was wrong|"
							+ subject,
					"admin@example.org|REPORT|Published a correction of the highlight report (revision 2)|" + subject);
		});
	}

	@Test
	void startingAReportIsAuditedUnderWhatThePlanCallsItsProgrammes() {
		Authentication lead = this.actors.of(Actor.OWN_LEAD);
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			long after = lastLine();
			long openQuarter = this.fixtures.periodId(2017, "Q4");
			Plan plan = this.entityManager.find(ImprovementProgramme.class, this.programmeId).getPlan();
			plan.nameProgrammes("priority", "priorities");

			this.drafting.start(this.programmeId, openQuarter, lead);
			this.entityManager.flush();

			assertThat(linesSince(after))
				.containsExactly("lead@example.org|REPORT|Started the highlight report|Priority 4, 2017/18 Q4");
		});
	}

	@Test
	void aRefusedStepWritesNoLine() {
		Authentication otherLead = this.actors.of(Actor.OTHER_LEAD);
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			long after = lastLine();
			long reportId = completeDraft();

			assertThatThrownBy(() -> this.drafting.submit(reportId, report(reportId).getVersion(), otherLead))
				.isInstanceOf(AccessDeniedException.class);
			this.entityManager.flush();

			assertThat(linesSince(after)).isEmpty();
		});
	}

	@Test
	void theExecutiveSummaryDraftedEditedAndPublishedIsAudited() {
		Authentication admin = this.actors.of(Actor.ADMIN);
		long planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		long q3 = this.fixtures.periodId(2017, "Q3");
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			long after = lastLine();
			ExecutiveSummary published = this.summaries.page(planId, q3, null, admin).summary();

			this.summaries.generate(planId, q3, published.getRevision(), published.getVersion(), admin);
			ExecutiveSummary draft = this.summaries.draft(planId, q3, admin).orElseThrow().summary();
			this.summaries.save(planId, q3, draft.getVersion(),
					new SummaryEdit("end December 2017", "Revision 2 of the Q3 summary.", List.of(), List.of(), null),
					null, admin);
			ExecutiveSummary saved = this.summaries.draft(planId, q3, admin).orElseThrow().summary();
			assertThat(this.summaries.publish(planId, q3, saved.getVersion(), admin)).isEmpty();
			this.entityManager.flush();

			int revision = published.getRevision() + 1;
			String subject = "|Executive summary, 2017/18 Q3";
			assertThat(linesSince(after)).containsExactly(
					"admin@example.org|SUMMARY|Drafted the executive summary from the quarter's reports (revision "
							+ revision + ")" + subject,
					"admin@example.org|SUMMARY|Edited the executive summary (revision " + revision + ")" + subject,
					"admin@example.org|SUMMARY|Published the executive summary (revision " + revision + ")" + subject);
		});
	}

	/** A complete draft of programme 4's 2018/19 Q1 report, ready to submit. */
	private long completeDraft() {
		long upcoming = this.fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER);
		HighlightReport report = new HighlightReport(
				this.entityManager.find(ImprovementProgramme.class, this.programmeId),
				this.entityManager.find(ReportingPeriod.class, upcoming));
		report.setStatus(Rag.GREEN, "Kooth and the emotional health pathway are on track.");
		report.section(SectionType.ACHIEVEMENTS).write("The Kooth online counselling service went live.");
		for (SectionType type : SectionType.values()) {
			if (type != SectionType.ACHIEVEMENTS) {
				report.section(type).markNilReturn();
			}
		}
		this.entityManager.persist(report);
		this.entityManager.flush();
		return report.getId();
	}

	private HighlightReport report(long id) {
		return this.entityManager.find(HighlightReport.class, id);
	}

	private long lastLine() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	private List<String> linesSince(long after) {
		return this.jdbc.queryForList(
				"select actor || '|' || category || '|' || summary || '|' || subject"
						+ " from audit_event where id > ? and category in ('REPORT', 'SUMMARY') order by id",
				String.class, after);
	}

}
