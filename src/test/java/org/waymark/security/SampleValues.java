package org.waymark.security;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.support.DemoFixtures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The path variables each {@link Sample} stands for, in the order they appear in a
 * route's pattern. The draft and submitted reports come from {@link DemoFixtures}, which
 * makes a 2018/19 Q1 report once per database: the state of each is checked here, because
 * a fixture another test asked for first in a different state would make the matrix check
 * the wrong thing.
 */
final class SampleValues {

	static final long UNKNOWN_ID = 987_654_321L;

	/** The section the section samples name. */
	static final String SECTION = "achievements";

	private final Map<Sample, Object[]> values = new EnumMap<>(Sample.class);

	private SampleValues() {
	}

	static SampleValues load(JdbcTemplate jdbc, EntityManager entityManager, TransactionTemplate transactions) {
		DemoFixtures fixtures = new DemoFixtures(jdbc, entityManager, transactions);
		SampleValues samples = new SampleValues();
		samples.values.put(Sample.NONE, new Object[0]);
		samples.values.put(Sample.PROGRAMME, new Object[] { fixtures.programmeId(1) });
		samples.values.put(Sample.DRAFT_REPORT, new Object[] { inState(jdbc, fixtures.draftReport(1), "DRAFT") });
		samples.values.put(Sample.SUBMITTED_REPORT,
				new Object[] { inState(jdbc, fixtures.submittedReport(5), "SUBMITTED") });
		samples.values.put(Sample.PUBLISHED_REPORT,
				new Object[] { inState(jdbc, fixtures.reportId(5, 2017, "Q3"), "PUBLISHED") });
		samples.values.put(Sample.UNKNOWN_ID, new Object[] { UNKNOWN_ID });
		samples.values.put(Sample.UNKNOWN_IDS, new Object[] { UNKNOWN_ID, UNKNOWN_ID });
		samples.values.put(Sample.PROGRAMME_REPORTED_PERIOD, new Object[] { fixtures.programmeId(1),
				fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER) });
		// Case studies go on their own draft (2018/19 Q2), so that DRAFT_REPORT's content
		// stays as other tests expect it; on the submitted and published samples, which
		// nobody can change, they sit beside what is there.
		long draftWithCaseStudy = inState(jdbc, fixtures.draftReport(1, "Q2"), "DRAFT");
		samples.values.put(Sample.DRAFT_REPORT_CASE_STUDY,
				new Object[] { draftWithCaseStudy, fixtures.caseStudyWithFile(draftWithCaseStudy) });
		for (Sample[] pair : new Sample[][] { { Sample.SUBMITTED_REPORT, Sample.SUBMITTED_REPORT_CASE_STUDY },
				{ Sample.PUBLISHED_REPORT, Sample.PUBLISHED_REPORT_CASE_STUDY } }) {
			long reportId = (long) samples.values.get(pair[0])[0];
			samples.values.put(pair[1], new Object[] { reportId, fixtures.caseStudyWithFile(reportId) });
		}
		for (Sample[] pair : new Sample[][] { { Sample.DRAFT_REPORT, Sample.DRAFT_REPORT_SECTION },
				{ Sample.SUBMITTED_REPORT, Sample.SUBMITTED_REPORT_SECTION },
				{ Sample.PUBLISHED_REPORT, Sample.PUBLISHED_REPORT_SECTION },
				{ Sample.UNKNOWN_ID, Sample.UNKNOWN_ID_SECTION } }) {
			samples.values.put(pair[1], new Object[] { samples.values.get(pair[0])[0], SECTION });
		}
		// Recommendations and deadlines (issue 5)
		long planId = jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		samples.values.put(Sample.PLAN, new Object[] { planId });
		samples.values.put(Sample.PLAN_PERIOD, new Object[] { planId, fixtures.periodId(2017, "Q3") });
		// Plan administration (issue 9, h-plans)
		samples.values.put(Sample.PLAN_PROGRAMME, new Object[] { planId, fixtures.programmeId(1) });
		samples.values.put(Sample.DELIVERY_GROUP,
				new Object[] { jdbc.queryForObject("select delivery_group_id from improvement_programme where id = ?",
						Long.class, fixtures.programmeId(1)) });
		samples.values.put(Sample.PLAN_DRAFT_SUMMARY_PERIOD, new Object[] { planId, fixtures.draftSummaryPeriod() });
		samples.values.put(Sample.PLAN_RECOMMENDATION,
				new Object[] { planId, jdbc.queryForObject(
						"select id from recommendation where plan_id = ? and source = 'Ofsted 2017' and number = 1",
						Long.class, planId) });
		// Measures (h-measure): the first measure of each programme.
		samples.values.put(Sample.MEASURE, new Object[] { firstMeasure(jdbc, fixtures.programmeId(1)) });
		samples.values.put(Sample.OTHER_PROGRAMME_MEASURE,
				new Object[] { firstMeasure(jdbc, fixtures.programmeId(7)) });
		samples.values.put(Sample.OTHER_PROGRAMME, new Object[] { fixtures.programmeId(7) });
		actionPlans(samples, jdbc, transactions, fixtures.programmeId(1));
		// Risks (issue 6): the demo key risks of programmes 1 and 7, and ORG0009.
		samples.values.put(Sample.RISK, new Object[] { firstRisk(jdbc, fixtures.programmeId(1)) });
		samples.values.put(Sample.OTHER_PROGRAMME_RISK, new Object[] { firstRisk(jdbc, fixtures.programmeId(7)) });
		samples.values.put(Sample.CORPORATE_RISK,
				new Object[] { jdbc.queryForObject("select id from risk where reference = 'ORG0009'", Long.class) });
		// Risk editing (h-riskedit): the first mitigation of each key risk. The matrix
		// sends
		// changes with a stale version, so these demo mitigations are never changed.
		long risk = (long) samples.values.get(Sample.RISK)[0];
		long otherRisk = (long) samples.values.get(Sample.OTHER_PROGRAMME_RISK)[0];
		samples.values.put(Sample.RISK_MITIGATION, new Object[] { risk, firstMitigation(jdbc, risk) });
		samples.values.put(Sample.OTHER_PROGRAMME_RISK_MITIGATION,
				new Object[] { otherRisk, firstMitigation(jdbc, otherRisk) });
		samples.values.put(Sample.RISK_WITH_OTHER_RISKS_MITIGATION,
				new Object[] { risk, firstMitigation(jdbc, otherRisk) });
		// Users (issue 9, h-users)
		samples.values.put(Sample.USER, new Object[] { matrixUser(jdbc, transactions) });
		samples.values.put(Sample.UNKNOWN_TOKEN, new Object[] { "x".repeat(43) });
		return samples;
	}

	/**
	 * The lead account the matrix's user routes name, made once per database with SQL.
	 */
	private static long matrixUser(JdbcTemplate jdbc, TransactionTemplate transactions) {
		return transactions.execute((tx) -> {
			Long id = jdbc.query("select id from app_user where username = 'matrix-user@example.org'",
					(rs) -> rs.next() ? rs.getLong(1) : null);
			if (id == null) {
				id = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, enabled)"
						+ " values ('matrix-user@example.org', 'Matrix user', '{bcrypt}unusable', true) returning id",
						Long.class);
				jdbc.update("insert into user_role (user_id, role) values (?, 'LEAD')", id);
			}
			return id;
		});
	}

	/** The title of the action plans the matrix makes for programme 1. */
	static final String ACTION_PLAN_TITLE = "Matrix action plan";

	/**
	 * A draft (2018/19) and a final (2017/18) programme 1 action plan, made once per
	 * database with SQL: the draft has an objective with a sub-objective and an action.
	 */
	private static void actionPlans(SampleValues samples, JdbcTemplate jdbc, TransactionTemplate transactions,
			long programmeId) {
		long[] ids = transactions.execute((tx) -> {
			Long draft = jdbc.query(
					"select id from action_plan where programme_id = ? and title = ? and financial_year = 2018",
					(rs) -> rs.next() ? rs.getLong(1) : null, programmeId, ACTION_PLAN_TITLE);
			if (draft == null) {
				draft = jdbc.queryForObject(
						"insert into action_plan (programme_id, financial_year, title, status)"
								+ " values (?, 2018, ?, 'DRAFT') returning id",
						Long.class, programmeId, ACTION_PLAN_TITLE);
				jdbc.update("insert into action_plan (programme_id, financial_year, title, status)"
						+ " values (?, 2017, ?, 'FINAL')", programmeId, ACTION_PLAN_TITLE);
				long objective = jdbc.queryForObject("insert into objective (action_plan_id, number, title, position)"
						+ " values (?, 1, 'Matrix objective', 0) returning id", Long.class, draft);
				jdbc.update("insert into sub_objective (objective_id, letter, title, position)"
						+ " values (?, 'A', 'Matrix sub-objective', 0)", objective);
				jdbc.update("insert into action (objective_id, position, description, version)"
						+ " values (?, 0, 'Matrix action', 0)", objective);
			}
			long finalPlan = jdbc.queryForObject(
					"select id from action_plan where programme_id = ? and title = ? and financial_year = 2017",
					Long.class, programmeId, ACTION_PLAN_TITLE);
			long objective = jdbc.queryForObject("select min(id) from objective where action_plan_id = ?", Long.class,
					draft);
			long sub = jdbc.queryForObject("select min(id) from sub_objective where objective_id = ?", Long.class,
					objective);
			long action = jdbc.queryForObject("select min(id) from action where objective_id = ?", Long.class,
					objective);
			return new long[] { draft, finalPlan, objective, sub, action };
		});
		samples.values.put(Sample.DRAFT_ACTION_PLAN, new Object[] { ids[0] });
		samples.values.put(Sample.FINAL_ACTION_PLAN, new Object[] { ids[1] });
		samples.values.put(Sample.DRAFT_ACTION_PLAN_OBJECTIVE, new Object[] { ids[0], ids[2] });
		samples.values.put(Sample.DRAFT_ACTION_PLAN_SUB_OBJECTIVE, new Object[] { ids[0], ids[2], ids[3] });
		samples.values.put(Sample.DRAFT_ACTION_PLAN_ACTION, new Object[] { ids[0], ids[4] });
		samples.values.put(Sample.UNKNOWN_THREE_IDS, new Object[] { UNKNOWN_ID, UNKNOWN_ID, UNKNOWN_ID });
	}

	private static long firstMeasure(JdbcTemplate jdbc, long programmeId) {
		return jdbc.queryForObject("select min(id) from measure where programme_id = ?", Long.class, programmeId);
	}

	private static long firstRisk(JdbcTemplate jdbc, long programmeId) {
		return jdbc.queryForObject("select min(id) from risk where programme_id = ?", Long.class, programmeId);
	}

	private static long firstMitigation(JdbcTemplate jdbc, long riskId) {
		return jdbc.queryForObject("select min(id) from risk_mitigation where risk_id = ?", Long.class, riskId);
	}

	/** The values for the sample, one per path variable. */
	Object[] of(Sample sample) {
		return this.values.get(sample).clone();
	}

	private static long inState(JdbcTemplate jdbc, long reportId, String expected) {
		String state = jdbc.queryForObject("select state from highlight_report where id = ?", String.class, reportId);
		if (!expected.equals(state)) {
			throw new IllegalStateException("The security matrix needs report " + reportId + " to be " + expected
					+ " but it is " + state + ": another test asked DemoFixtures for it in a different state");
		}
		return reportId;
	}

}
