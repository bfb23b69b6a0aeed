package org.waymark.support;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.SectionType;

import java.time.Instant;

/**
 * Finds things in the demo plan, and adds the reports in other workflow states that tests
 * need (the demo data holds published reports only). Everything is looked up within the
 * demo plan, because integration tests share one database with tests that make plans of
 * their own.
 */
public final class DemoFixtures {

	public static final String DEMO_PLAN = "CYPP 2016-19";

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	public DemoFixtures(JdbcTemplate jdbc, EntityManager entityManager, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	public long programmeId(int number) {
		return this.jdbc.queryForObject("""
				select p.id from improvement_programme p join plan on plan.id = p.plan_id
				where plan.short_name = ? and p.number = ?""", Long.class, DEMO_PLAN, number);
	}

	public long periodId(int financialYear, String quarter) {
		return this.jdbc.queryForObject("""
				select q.id from reporting_period q join plan on plan.id = q.plan_id
				where plan.short_name = ? and q.financial_year = ? and q.quarter = ?""", Long.class, DEMO_PLAN,
				financialYear, quarter);
	}

	/** The first revision of a programme's report for a quarter, e.g. (5, 2017, "Q3"). */
	public long reportId(int programmeNumber, int financialYear, String quarter) {
		Long id = findReport(programmeNumber, financialYear, quarter);
		if (id == null) {
			throw new IllegalStateException(
					"No report for programme " + programmeNumber + " in " + financialYear + " " + quarter);
		}
		return id;
	}

	/**
	 * The quarter fixture reports are made in: 2018/19 Q1, still upcoming in the demo, so
	 * that the quarter open for returns (2017/18 Q4) is left for tests that write a
	 * report the way a lead does.
	 */
	public static final int FIXTURE_YEAR = 2018;

	public static final String FIXTURE_QUARTER = "Q1";

	/** A draft 2018/19 Q1 report for the programme, made once per database. */
	public long draftReport(int programmeNumber) {
		return existingOrNew(programmeNumber, FIXTURE_QUARTER, false);
	}

	/**
	 * A draft report for the programme in another quarter of 2018/19, made once per
	 * database: for tests that need a draft other than {@link #draftReport(int)}'s.
	 */
	public long draftReport(int programmeNumber, String quarter) {
		return existingOrNew(programmeNumber, quarter, false);
	}

	/** The title of the case study {@link #caseStudyWithFile(long)} adds. */
	public static final String FIXTURE_CASE_STUDY = "Fixture case study";

	/** The name of its file, a tiny PDF. */
	public static final String FIXTURE_FILE_NAME = "fixture-case-study.pdf";

	/**
	 * A case study with a small PDF attached, on the given report, added once per
	 * database. It is written with SQL, as an import would, so that it can go on a report
	 * in any state (the application adds case studies only to reports being written).
	 */
	public long caseStudyWithFile(long reportId) {
		return this.transactions.execute((tx) -> {
			Long existing = this.jdbc.query("select id from case_study where report_id = ? and title = ?",
					(rs) -> rs.next() ? rs.getLong(1) : null, reportId, FIXTURE_CASE_STUDY);
			if (existing != null) {
				return existing;
			}
			byte[] pdf = SampleFiles.pdf();
			Long attachmentId = this.jdbc.queryForObject("""
					insert into attachment (file_name, content_type, size_bytes, content)
					values (?, 'application/pdf', ?, ?) returning id""", Long.class, FIXTURE_FILE_NAME, pdf.length,
					pdf);
			Integer position = this.jdbc.queryForObject(
					"select coalesce(max(position), -1) + 1 from case_study where report_id = ?", Integer.class,
					reportId);
			return this.jdbc.queryForObject("""
					insert into case_study (report_id, title, summary, attachment_id, position)
					values (?, ?, 'A case study the tests attach a file to.', ?, ?) returning id""", Long.class,
					reportId, FIXTURE_CASE_STUDY, attachmentId, position);
		});
	}

	/**
	 * A submitted (not yet published) 2018/19 Q1 report for the programme, made once per
	 * database.
	 */
	public long submittedReport(int programmeNumber) {
		return existingOrNew(programmeNumber, FIXTURE_QUARTER, true);
	}

	private long existingOrNew(int programmeNumber, String quarter, boolean submitted) {
		return this.transactions.execute((tx) -> {
			Long existing = findReport(programmeNumber, FIXTURE_YEAR, quarter);
			if (existing != null) {
				return existing;
			}
			HighlightReport report = new HighlightReport(
					this.entityManager.find(ImprovementProgramme.class, programmeId(programmeNumber)),
					this.entityManager.find(ReportingPeriod.class, periodId(FIXTURE_YEAR, quarter)));
			report.setStatus(Rag.GREEN, "On track");
			if (submitted) {
				for (SectionType type : SectionType.values()) {
					report.section(type).markNilReturn();
				}
				report.submit("fixture", Instant.parse("2018-04-10T09:00:00Z"));
			}
			this.entityManager.persist(report);
			return report.getId();
		});
	}

	private Long findReport(int programmeNumber, int financialYear, String quarter) {
		return this.jdbc.query("""
				select r.id from highlight_report r
				join improvement_programme p on p.id = r.programme_id
				join reporting_period q on q.id = r.reporting_period_id
				join plan on plan.id = p.plan_id
				where plan.short_name = ? and p.number = ? and q.financial_year = ? and q.quarter = ?
				order by r.revision limit 1""", (rs) -> rs.next() ? rs.getLong(1) : null, DEMO_PLAN, programmeNumber,
				financialYear, quarter);
	}

	/**
	 * A draft executive summary of the demo plan's fixture quarter (2018/19 Q1), made
	 * once per database with SQL: a row per programme, no report received. Answers the
	 * quarter's id.
	 */
	public long draftSummaryPeriod() {
		long periodId = periodId(FIXTURE_YEAR, FIXTURE_QUARTER);
		this.transactions.executeWithoutResult((tx) -> {
			Integer existing = this.jdbc.queryForObject(
					"select count(*) from executive_summary where reporting_period_id = ?", Integer.class, periodId);
			if (existing == 0) {
				long summaryId = this.jdbc.queryForObject("""
						insert into executive_summary (reporting_period_id, revision, state, progress_as_at,
						  generated_at, version) values (?, 1, 'DRAFT', 'end June 2018', now(), 0) returning id""",
						Long.class, periodId);
				this.jdbc.update("""
						insert into executive_summary_status (executive_summary_id, programme_id, position, source,
						  reason_edited)
						select ?, p.id, p.number - 1, 'NOT_RECEIVED', false from improvement_programme p
						join plan on plan.id = p.plan_id where plan.short_name = ?""", summaryId, DEMO_PLAN);
			}
		});
		return periodId;
	}

}
