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
		return existingOrNew(programmeNumber, false);
	}

	/**
	 * A submitted (not yet published) 2018/19 Q1 report for the programme, made once per
	 * database.
	 */
	public long submittedReport(int programmeNumber) {
		return existingOrNew(programmeNumber, true);
	}

	private long existingOrNew(int programmeNumber, boolean submitted) {
		return this.transactions.execute((tx) -> {
			Long existing = findReport(programmeNumber, FIXTURE_YEAR, FIXTURE_QUARTER);
			if (existing != null) {
				return existing;
			}
			HighlightReport report = new HighlightReport(
					this.entityManager.find(ImprovementProgramme.class, programmeId(programmeNumber)),
					this.entityManager.find(ReportingPeriod.class, periodId(FIXTURE_YEAR, FIXTURE_QUARTER)));
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

}
