package org.waymark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.SectionType;
import org.waymark.shared.audit.AuditRevision;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Flyway migrations build a schema on PostgreSQL that the entities validate against,
 * audit history is written for audited entities, and optimistic locking stops a lost
 * update.
 */
@PostgresIntegrationTest
class SchemaAndAuditIT {

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrationsRanOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		assertThat(failed).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where version = '1'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void checkConstraintsRejectUnknownEnumValues() {
		Long planId = newReport().getReportingPeriod().getPlan().getId();
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into reporting_period (plan_id, financial_year, quarter, state) values (?, 2016, 'Q5', 'OPEN')",
				planId))
			.hasMessageContaining("check");
	}

	@Test
	void everyChangeToAReportIsKeptWithWhoMadeIt() {
		HighlightReport report = newReport();

		this.transactions.executeWithoutResult((tx) -> {
			HighlightReport managed = this.entityManager.find(HighlightReport.class, report.getId());
			managed.setStatus(Rag.AMBER, "Slow progress with partners");
		});

		List<Number> revisions = this.transactions.execute(
				(tx) -> AuditReaderFactory.get(this.entityManager).getRevisions(HighlightReport.class, report.getId()));
		assertThat(revisions).hasSize(2);
		HighlightReport first = this.transactions.execute((tx) -> AuditReaderFactory.get(this.entityManager)
			.find(HighlightReport.class, report.getId(), revisions.get(0)));
		assertThat(first.getOverallStatus()).isEqualTo(Rag.GREEN);
		AuditRevision latest = this.transactions.execute(
				(tx) -> AuditReaderFactory.get(this.entityManager).findRevision(AuditRevision.class, revisions.get(1)));
		assertThat(latest.getUsername()).isEqualTo("system");
		Integer sectionRows = this.jdbc.queryForObject("select count(*) from report_section_aud where report_id = ?",
				Integer.class, report.getId());
		assertThat(sectionRows).isEqualTo(SectionType.values().length);
	}

	@Test
	void aStaleCopyCannotOverwriteANewerOne() {
		HighlightReport stale = newReport();
		this.transactions.executeWithoutResult((tx) -> this.entityManager.find(HighlightReport.class, stale.getId())
			.setStatus(Rag.RED, "Changed by someone else first"));

		stale.setStatus(Rag.GREEN, "My older copy");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((tx) -> this.entityManager.merge(stale)))
			.isInstanceOfAny(ObjectOptimisticLockingFailureException.class, OptimisticLockException.class);
	}

	private HighlightReport newReport() {
		return this.transactions.execute((tx) -> {
			String unique = UUID.randomUUID().toString().substring(0, 8);
			Plan plan = new Plan("Test plan " + unique, "T-" + unique, new FinancialYear(2016),
					new FinancialYear(2018));
			this.entityManager.persist(plan);
			DeliveryGroup group = new DeliveryGroup("Workforce Board", "Chris Squire", "Director of HR");
			this.entityManager.persist(group);
			ImprovementProgramme programme = new ImprovementProgramme(plan, 7, "Think Family", group);
			this.entityManager.persist(programme);
			ReportingPeriod period = new ReportingPeriod(plan, ReportingQuarter.parse("2017/18 Q3"), null);
			this.entityManager.persist(period);
			HighlightReport report = new HighlightReport(programme, period);
			report.setStatus(Rag.GREEN, "On track");
			this.entityManager.persist(report);
			return report;
		});
	}

}
