package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.ReturnsService.OpenQuarter;
import org.waymark.report.ReturnsService.ReturnRow;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.shared.NotFoundException;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The highlight report workflow of DESIGN.md, driven through the services on PostgreSQL
 * as each kind of person: who may start a report, write in it, submit it, and return,
 * publish or correct it, in each state it can be in. "Forbidden" is a 403 for the person
 * (they may never do this to this programme's reports); "conflict" is a 409 (they may,
 * but not while the report is in this state).
 * <p>
 * Each case runs in its own transaction that is rolled back, on a report of programme 4
 * made for the case in the state it needs (2018/19 Q1; starting uses the quarter open for
 * returns, 2017/18 Q4), so the cases cannot affect each other or the reports other tests
 * share. Besides the outcome, each case checks what was stored: the change where it was
 * allowed, nothing at all where it was refused.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportWorkflowIT {

	private static final int PROGRAMME = 4;

	private static final String NEW_TEXT = "The Kooth contract was extended to March 2019.";

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private ReturnsService returns;

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

	/** What is done. */
	enum Action {

		/** Start the quarter's report, or open it if it exists. */
		START,
		/** Open the task list. */
		TASKS, SAVE_SECTION, SAVE_STATUS, SUBMIT, RETURN, PUBLISH,
		/** Start a correction of a published report. */
		CORRECT

	}

	/** What it is done to. */
	enum Given {

		/** No report yet, in the quarter open for returns. */
		NO_REPORT_OPEN_QUARTER,
		/** No report yet, in a quarter not open for returns. */
		NO_REPORT_UPCOMING_QUARTER, DRAFT, RETURNED, SUBMITTED, PUBLISHED,
		/** Revision 2 of a published report, being written by the admin. */
		CORRECTION

	}

	/** What happens. */
	enum Outcome {

		ALLOWED, FORBIDDEN, CONFLICT, NOT_FOUND

	}

	@ParameterizedTest(name = "{0} {1}: admin {2}, own lead {3}, other lead {4}, executive {5}, scrutiny {6}")
	@CsvSource(delimiter = '|', textBlock = """
			START        | NO_REPORT_OPEN_QUARTER     | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			START        | NO_REPORT_UPCOMING_QUARTER | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			START        | DRAFT                      | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			START        | PUBLISHED                  | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			TASKS        | DRAFT                      | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			TASKS        | RETURNED                   | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			TASKS        | SUBMITTED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			TASKS        | PUBLISHED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			TASKS        | CORRECTION                 | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_SECTION | DRAFT                      | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_SECTION | RETURNED                   | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_SECTION | SUBMITTED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_SECTION | PUBLISHED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_SECTION | CORRECTION                 | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_STATUS  | DRAFT                      | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_STATUS  | RETURNED                   | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_STATUS  | SUBMITTED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_STATUS  | PUBLISHED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SAVE_STATUS  | CORRECTION                 | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SUBMIT       | DRAFT                      | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SUBMIT       | RETURNED                   | ALLOWED  | ALLOWED   | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SUBMIT       | SUBMITTED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SUBMIT       | PUBLISHED                  | CONFLICT | CONFLICT  | FORBIDDEN | FORBIDDEN | FORBIDDEN
			SUBMIT       | CORRECTION                 | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			RETURN       | DRAFT                      | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			RETURN       | RETURNED                   | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			RETURN       | SUBMITTED                  | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			RETURN       | PUBLISHED                  | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			RETURN       | CORRECTION                 | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			PUBLISH      | DRAFT                      | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			PUBLISH      | RETURNED                   | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			PUBLISH      | SUBMITTED                  | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			PUBLISH      | PUBLISHED                  | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			PUBLISH      | CORRECTION                 | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			CORRECT      | DRAFT                      | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			CORRECT      | RETURNED                   | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			CORRECT      | SUBMITTED                  | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			CORRECT      | PUBLISHED                  | ALLOWED  | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			CORRECT      | CORRECTION                 | CONFLICT | FORBIDDEN | FORBIDDEN | FORBIDDEN | FORBIDDEN
			""")
	void eachPersonMayDoWhatDesignSaysInEachState(Action action, Given given, Outcome admin, Outcome ownLead,
			Outcome otherLead, Outcome executive, Outcome scrutiny) {
		Map<Actor, Outcome> expected = Map.of(Actor.ADMIN, admin, Actor.OWN_LEAD, ownLead, Actor.OTHER_LEAD, otherLead,
				Actor.EXECUTIVE, executive, Actor.SCRUTINY, scrutiny);
		SoftAssertions softly = new SoftAssertions();
		for (Actor actor : Actor.values()) {
			this.transactions.executeWithoutResult((tx) -> {
				// Undone whatever happens, so that every case starts from the same place.
				tx.setRollbackOnly();
				Case subject = given(given);
				Snapshot before = snapshot(subject);
				Authentication who = this.actors.of(actor);
				Attempt attempt = attempt(action, subject, who);
				this.entityManager.flush();
				softly.assertThat(attempt.outcome())
					.as("%s %s as %s (%s)", action, given, actor, attempt.failure())
					.isEqualTo(expected.get(actor));
				if (attempt.outcome() == Outcome.ALLOWED) {
					checkEffect(softly, action, given, subject, attempt.result(), who, actor);
				}
				else {
					softly.assertThat(snapshot(subject))
						.as("%s %s as %s was refused, so nothing may have changed", action, given, actor)
						.isEqualTo(before);
				}
			});
		}
		softly.assertAll();
	}

	@Test
	void correctionUnderWayLeavesThePublishedReturnStandingForEveryoneButTheAdmin() {
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			long openQuarter = this.fixtures.periodId(2017, "Q4");
			Integer latest = this.jdbc.queryForObject(
					"select max(revision) from highlight_report where programme_id = ? and reporting_period_id = ?",
					Integer.class, this.programmeId, openQuarter);
			HighlightReport published = new HighlightReport(
					this.entityManager.find(ImprovementProgramme.class, this.programmeId),
					this.entityManager.find(ReportingPeriod.class, openQuarter));
			// After any revision another test started in the open quarter.
			ReflectionTestUtils.setField(published, "revision", (latest == null) ? 1 : latest + 1);
			published.setStatus(Rag.GREEN, "On track");
			published.recordAsPublished(null, Instant.parse("2018-04-12T09:00:00Z"));
			this.entityManager.persist(published);
			HighlightReport correction = published.startCorrection("The status reason was wrong");
			this.entityManager.persist(correction);
			this.entityManager.flush();

			ReturnRow leadsRow = row(this.returns.yourReports(this.actors.of(Actor.OWN_LEAD)), openQuarter);
			assertThat(leadsRow.reportId()).isEqualTo(published.getId());
			assertThat(leadsRow.state()).isEqualTo(ReportState.PUBLISHED);
			assertThat(leadsRow.status()).isEqualTo(ReturnStatus.PUBLISHED);
			assertThat(leadsRow.late()).isFalse();
			ReturnRow adminsRow = row(this.returns.overview(this.actors.of(Actor.ADMIN)).quarters(), openQuarter);
			assertThat(adminsRow.reportId()).isEqualTo(correction.getId());
			assertThat(adminsRow.status()).isEqualTo(ReturnStatus.PUBLISHED);
			assertThat(this.drafting.start(this.programmeId, openQuarter, this.actors.of(Actor.OWN_LEAD)))
				.isEqualTo(published.getId());
			assertThat(this.drafting.start(this.programmeId, openQuarter, this.actors.of(Actor.ADMIN)))
				.isEqualTo(correction.getId());
		});
	}

	private ReturnRow row(List<OpenQuarter> quarters, long periodId) {
		return quarters.stream()
			.filter((q) -> q.periodId() == periodId)
			.flatMap((q) -> q.rows().stream())
			.filter((r) -> r.programmeId() == this.programmeId)
			.findFirst()
			.orElseThrow();
	}

	private Attempt attempt(Action action, Case subject, Authentication who) {
		try {
			Object result = act(action, subject, who);
			return new Attempt(Outcome.ALLOWED, result, null);
		}
		catch (AccessDeniedException ex) {
			return new Attempt(Outcome.FORBIDDEN, null, ex.toString());
		}
		catch (ReportWorkflowException | StaleReportException | EditConflictException ex) {
			return new Attempt(Outcome.CONFLICT, null, ex.toString());
		}
		catch (NotFoundException ex) {
			return new Attempt(Outcome.NOT_FOUND, null, ex.toString());
		}
	}

	private Object act(Action action, Case subject, Authentication who) {
		Long id = subject.reportId();
		return switch (action) {
			case START -> this.drafting.start(subject.programmeId(), subject.periodId(), who);
			case TASKS -> this.drafting.tasks(id, who);
			case SAVE_SECTION -> {
				ReportSection risks = report(id).section(SectionType.RISKS);
				this.drafting.saveSection(id, SectionType.RISKS, NEW_TEXT, false,
						ReportDraftingService.sectionFingerprint(risks), who);
				yield null;
			}
			case SAVE_STATUS -> {
				this.drafting.saveStatus(id, Rag.RED, NEW_TEXT, ReportDraftingService.statusFingerprint(report(id)),
						who);
				yield null;
			}
			case SUBMIT -> this.drafting.submit(id, report(id).getVersion(), who);
			case RETURN -> {
				this.review.returnForChanges(id, report(id).getVersion(), "Please add the Q1 referral figures", who);
				yield null;
			}
			case PUBLISH -> this.review.publish(id, report(id).getVersion(), who);
			case CORRECT ->
				this.review.startCorrection(id, report(id).getVersion(), "The status reason was wrong", who);
		};
	}

	private void checkEffect(SoftAssertions softly, Action action, Given given, Case subject, Object result,
			Authentication who, Actor actor) {
		String as = action + " " + given + " as " + actor;
		switch (action) {
			case START -> {
				List<Long> ids = this.jdbc.queryForList(
						"select id from highlight_report where programme_id = ? and reporting_period_id = ? order by revision",
						Long.class, subject.programmeId(), subject.periodId());
				softly.assertThat(ids).as(as).isNotEmpty();
				softly.assertThat(result).as(as + ": the latest revision").isEqualTo(ids.get(ids.size() - 1));
				if (subject.reportId() == null) {
					HighlightReport started = report((Long) result);
					softly.assertThat(started.getState()).as(as).isEqualTo(ReportState.DRAFT);
					softly.assertThat(started.incompleteSections())
						.as(as + ": no narrative carried over")
						.containsExactlyInAnyOrder(SectionType.values());
					softly.assertThat(started.getOverallStatus()).as(as).isNull();
				}
			}
			case TASKS ->
				softly.assertThat(((ReportTasks) result).header().reportId()).as(as).isEqualTo(subject.reportId());
			case SAVE_SECTION ->
				softly.assertThat(sectionBody(subject.reportId(), SectionType.RISKS)).as(as).isEqualTo(NEW_TEXT);
			case SAVE_STATUS -> softly.assertThat(this.jdbc.queryForList(
					"select overall_status || ': ' || status_reason from highlight_report" + " where id = ?",
					String.class, subject.reportId()))
				.as(as)
				.containsExactly("RED: " + NEW_TEXT);
			case SUBMIT -> {
				softly.assertThat((List<?>) result).as(as + ": problems").isEmpty();
				softly.assertThat(stored(subject.reportId(), "state")).as(as).isEqualTo("SUBMITTED");
				softly.assertThat(stored(subject.reportId(), "submitted_by")).as(as).isEqualTo(who.getName());
				softly.assertThat(stored(subject.reportId(), "return_comment")).as(as).isNull();
			}
			case RETURN -> {
				softly.assertThat(stored(subject.reportId(), "state")).as(as).isEqualTo("RETURNED");
				softly.assertThat(stored(subject.reportId(), "return_comment"))
					.as(as)
					.isEqualTo("Please add the Q1 referral figures");
			}
			case PUBLISH -> {
				softly.assertThat((List<?>) result).as(as + ": problems").isEmpty();
				softly.assertThat(stored(subject.reportId(), "state")).as(as).isEqualTo("PUBLISHED");
				softly.assertThat(stored(subject.reportId(), "published_by")).as(as).isEqualTo(who.getName());
			}
			case CORRECT -> {
				long correctionId = (Long) result;
				softly.assertThat(correctionId).as(as).isNotEqualTo(subject.reportId());
				softly.assertThat(stored(correctionId, "state")).as(as).isEqualTo("DRAFT");
				softly.assertThat(stored(correctionId, "revision"))
					.as(as)
					.isEqualTo(String.valueOf(report(subject.reportId()).getRevision() + 1));
				softly.assertThat(stored(correctionId, "correction_reason"))
					.as(as)
					.isEqualTo("The status reason was wrong");
				softly.assertThat(stored(subject.reportId(), "state"))
					.as(as + ": the published revision stays published")
					.isEqualTo("PUBLISHED");
				softly.assertThat(sectionBody(correctionId, SectionType.ACHIEVEMENTS))
					.as(as + ": the correction holds what was published")
					.isEqualTo(sectionBody(subject.reportId(), SectionType.ACHIEVEMENTS));
			}
		}
	}

	/**
	 * Makes the report the case needs: complete (so that submitting and publishing turn
	 * on the state alone), taken through the workflow the way people would.
	 */
	private Case given(Given given) {
		ImprovementProgramme programme = this.entityManager.find(ImprovementProgramme.class, this.programmeId);
		long upcoming = this.fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER);
		if (given == Given.NO_REPORT_OPEN_QUARTER) {
			return new Case(this.programmeId, this.fixtures.periodId(2017, "Q4"), null);
		}
		if (given == Given.NO_REPORT_UPCOMING_QUARTER) {
			return new Case(this.programmeId, upcoming, null);
		}
		HighlightReport report = new HighlightReport(programme,
				this.entityManager.find(ReportingPeriod.class, upcoming));
		report.setStatus(Rag.GREEN, "Kooth and the emotional health pathway are on track.");
		report.section(SectionType.ACHIEVEMENTS).write("The Kooth online counselling service went live.");
		for (SectionType type : SectionType.values()) {
			if (type != SectionType.ACHIEVEMENTS) {
				report.section(type).markNilReturn();
			}
		}
		Instant when = Instant.parse("2018-07-10T09:00:00Z");
		if (given != Given.DRAFT) {
			report.submit("lead@example.org", when);
		}
		if (given == Given.RETURNED) {
			report.returnForChanges("Please say when the pathway is due");
		}
		if (given == Given.PUBLISHED || given == Given.CORRECTION) {
			report.publish("admin@example.org", when);
		}
		this.entityManager.persist(report);
		HighlightReport subject = report;
		if (given == Given.CORRECTION) {
			subject = report.startCorrection("The achievements left out the pathway");
			this.entityManager.persist(subject);
		}
		this.entityManager.flush();
		return new Case(this.programmeId, upcoming, subject.getId());
	}

	/** Everything a refused action might have changed, as stored. */
	private Snapshot snapshot(Case subject) {
		List<String> reports = this.jdbc.queryForList("""
				select r.revision || ' ' || r.state || ' ' || coalesce(r.overall_status, '-') || ' '
				  || coalesce(r.status_reason, '-') || ' ' || coalesce(r.return_comment, '-') || ' '
				  || coalesce(r.published_by, '-') || ' ' || coalesce(r.submitted_by, '-') || ' '
				  || (select string_agg(s.section_type || '=' || coalesce(s.body, '') || '/' || s.nil_return, ';'
				      order by s.section_type) from report_section s where s.report_id = r.id)
				from highlight_report r where r.programme_id = ? and r.reporting_period_id = ? order by r.revision""",
				String.class, subject.programmeId(), subject.periodId());
		return new Snapshot(reports);
	}

	private HighlightReport report(long id) {
		return this.entityManager.find(HighlightReport.class, id);
	}

	private String stored(long reportId, String column) {
		return this.jdbc.queryForObject("select " + column + "::text from highlight_report where id = ?", String.class,
				reportId);
	}

	private String sectionBody(long reportId, SectionType type) {
		return this.jdbc.queryForObject("select body from report_section where report_id = ? and section_type = ?",
				String.class, reportId, type.name());
	}

	/** The programme and quarter acted on, and the report if there is one. */
	private record Case(long programmeId, long periodId, Long reportId) {
	}

	private record Attempt(Outcome outcome, Object result, String failure) {
	}

	private record Snapshot(List<String> reports) {
	}

}
