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
		// Spreadsheet import and export (h-transfer): action plans of programme 1 in
		// years
		// no demo plan has, so that nothing else reads them.
		samples.values.put(Sample.FINAL_ACTION_PLAN,
				new Object[] { actionPlan(jdbc, fixtures.programmeId(1), MATRIX_FINAL_PLAN_YEAR, "FINAL") });
		samples.values.put(Sample.DRAFT_ACTION_PLAN,
				new Object[] { actionPlan(jdbc, fixtures.programmeId(1), MATRIX_DRAFT_PLAN_YEAR, "DRAFT") });
		// Recommendations and deadlines (issue 5)
		long planId = jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		samples.values.put(Sample.PLAN, new Object[] { planId });
		samples.values.put(Sample.PLAN_RECOMMENDATION,
				new Object[] { planId, jdbc.queryForObject(
						"select id from recommendation where plan_id = ? and source = 'Ofsted 2017' and number = 1",
						Long.class, planId) });
		// Measures (h-measure): the first measure of each programme.
		samples.values.put(Sample.MEASURE, new Object[] { firstMeasure(jdbc, fixtures.programmeId(1)) });
		samples.values.put(Sample.OTHER_PROGRAMME_MEASURE,
				new Object[] { firstMeasure(jdbc, fixtures.programmeId(7)) });
		samples.values.put(Sample.OTHER_PROGRAMME, new Object[] { fixtures.programmeId(7) });
		return samples;
	}

	static final int MATRIX_FINAL_PLAN_YEAR = 2040;

	static final int MATRIX_DRAFT_PLAN_YEAR = 2041;

	/**
	 * The programme's action plan for the year, made (empty) the first time it is asked
	 * for.
	 */
	private static long actionPlan(JdbcTemplate jdbc, long programmeId, int year, String status) {
		List<Long> existing = jdbc.queryForList(
				"select id from action_plan where programme_id = ? and financial_year = ?", Long.class, programmeId,
				year);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		return jdbc.queryForObject(
				"insert into action_plan (programme_id, financial_year, title, status)"
						+ " values (?, ?, 'Security matrix action plan', ?) returning id",
				Long.class, programmeId, year, status);
	}

	private static long firstMeasure(JdbcTemplate jdbc, long programmeId) {
		return jdbc.queryForObject("select min(id) from measure where programme_id = ?", Long.class, programmeId);
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
