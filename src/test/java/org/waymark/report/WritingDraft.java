package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.support.DemoFixtures;

import java.util.function.Consumer;

/**
 * A draft the writing tests save into for real (committed, so that two transactions can
 * race over it): programme 3's 2018/19 Q1 report. No other test uses programme 3 in that
 * quarter; programme 3 has no demo lead, so the tests write as the demo lead given
 * programme 3 in memory ({@link WorkflowActors}) or as the admin. Each test puts the
 * draft back to a draft holding the content it needs, whatever an earlier test left.
 */
final class WritingDraft {

	static final int PROGRAMME = 3;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final DemoFixtures fixtures;

	WritingDraft(JdbcTemplate jdbc, EntityManager entityManager, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.fixtures = new DemoFixtures(jdbc, entityManager, transactions);
	}

	long programmeId() {
		return this.fixtures.programmeId(PROGRAMME);
	}

	/**
	 * The draft, emptied and then given the content, committed.
	 * @return the report's id
	 */
	long reset(Consumer<HighlightReport> content) {
		return this.transactions.execute((tx) -> {
			long periodId = this.fixtures.periodId(DemoFixtures.FIXTURE_YEAR, DemoFixtures.FIXTURE_QUARTER);
			Long id = this.jdbc.query(
					"select id from highlight_report where programme_id = ? and reporting_period_id = ? and revision = 1",
					(rs) -> rs.next() ? rs.getLong(1) : null, programmeId(), periodId);
			HighlightReport report;
			if (id == null) {
				report = new HighlightReport(this.entityManager.find(ImprovementProgramme.class, programmeId()),
						this.entityManager.find(ReportingPeriod.class, periodId));
				this.entityManager.persist(report);
			}
			else {
				report = this.entityManager.find(HighlightReport.class, id);
			}
			// A test that submits it puts it back to draft: it is this class's own
			// report.
			ReflectionTestUtils.setField(report, "state", ReportState.DRAFT);
			ReflectionTestUtils.setField(report, "submittedAt", null);
			ReflectionTestUtils.setField(report, "submittedBy", null);
			ReflectionTestUtils.setField(report, "returnComment", null);
			ReflectionTestUtils.setField(report, "publishedAt", null);
			ReflectionTestUtils.setField(report, "publishedBy", null);
			report.setStatus(null, null);
			for (SectionType type : SectionType.values()) {
				report.section(type).write(null);
			}
			content.accept(report);
			this.entityManager.flush();
			return report.getId();
		});
	}

	/**
	 * Status, reason and every section filled in, as a lead ready to submit leaves it.
	 */
	static void complete(HighlightReport report) {
		report.setStatus(Rag.AMBER, "Referrals to the emotional health pathway are above plan.");
		for (SectionType type : SectionType.values()) {
			report.section(type).write("Stored text of " + type.slug());
		}
	}

}
