package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.risk.Risk;
import org.waymark.risk.RiskAssessment;
import org.waymark.support.PostgresIntegrationTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo data loads on PostgreSQL as the seed documents describe it, and loading it
 * again adds nothing. Queries are scoped to the demo plan because other tests share the
 * database.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class DemoDataLoaderIT {

	private static final String PLAN = DemoPlan.SHORT_NAME;

	/**
	 * The demo plan's highlight reports, with their programme number and quarter. The
	 * demo loads first revisions of 2017/18 Q2 and Q3 reports only; other tests sharing
	 * the database write reports of their own (later quarters, corrections), which are
	 * not the demo's.
	 */
	private static final String REPORTS = """
			select r.id, p.number, q.financial_year, q.quarter, r.state, r.overall_status, r.status_as_written
			from highlight_report r
			join improvement_programme p on p.id = r.programme_id
			join reporting_period q on q.id = r.reporting_period_id
			join plan l on l.id = p.plan_id
			where l.short_name = ? and r.revision = 1""";

	/** The demo's report measure rows: those of its reports (see {@link #REPORTS}). */
	private static final String DEMO_ROWS = """
			from report_measure_row x
			join highlight_report r on r.id = x.report_id
			join reporting_period q on q.id = r.reporting_period_id
			join improvement_programme p on p.id = r.programme_id
			join plan l on l.id = p.plan_id
			where l.short_name = ? and r.revision = 1 and q.financial_year = 2017 and q.quarter in ('Q2', 'Q3')""";

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void loadsThePlanWithItsSevenProgrammesAndTwelveQuarters() {
		assertThat(count("select count(*) from plan where short_name = ?")).isEqualTo(1);
		assertThat(count("""
				select count(*) from improvement_programme p join plan l on l.id = p.plan_id
				where l.short_name = ?""")).isEqualTo(7);
		assertThat(count("""
				select count(*) from reporting_period q join plan l on l.id = q.plan_id
				where l.short_name = ?""")).isEqualTo(12);
		assertThat(this.jdbc.queryForList("""
				select q.state from reporting_period q join plan l on l.id = q.plan_id
				where l.short_name = ? and q.financial_year = 2017 order by q.quarter""", String.class, PLAN))
			.containsExactly("CLOSED", "CLOSED", "CLOSED", "OPEN");
	}

	@Test
	void publishesSixQuarterThreeReportsAndRecordsProgrammeTwosQuarterTwoStatus() {
		// Other tests add 2017/18 Q4 and 2018/19 Q1 reports to the demo plan; the demo
		// itself has only
		// Q2 and Q3.
		List<Map<String, Object>> reports = this.jdbc.queryForList(
				REPORTS + " and q.financial_year = 2017 and q.quarter in ('Q2', 'Q3') order by p.number, q.quarter",
				PLAN);

		assertThat(reports)
			.extracting((row) -> row.get("number"), (row) -> row.get("quarter"), (row) -> row.get("state"))
			.containsExactly(tuple(1, "Q3", "PUBLISHED"), tuple(2, "Q2", "PUBLISHED"), tuple(2, "Q3", "PUBLISHED"),
					tuple(3, "Q3", "PUBLISHED"), tuple(4, "Q3", "PUBLISHED"), tuple(5, "Q3", "PUBLISHED"),
					tuple(7, "Q3", "PUBLISHED"));
		Map<String, Object> quarterTwo = this.jdbc.queryForMap(REPORTS + " and p.number = 2 and q.quarter = 'Q2'",
				PLAN);
		assertThat(quarterTwo.get("overall_status")).isEqualTo(Rag.GREEN.name());
	}

	@Test
	void programmeSixIsExemptInQuarterThree() {
		assertThat(this.jdbc.queryForList("""
				select e.reason from report_exemption e
				join improvement_programme p on p.id = e.programme_id
				join reporting_period q on q.id = e.reporting_period_id
				join plan l on l.id = p.plan_id
				where l.short_name = ? and p.number = 6 and q.financial_year = 2017 and q.quarter = 'Q3'""",
				String.class, PLAN))
			.singleElement()
			.asString()
			.contains("Ofsted inspection");
	}

	@Test
	void everyQuarterThreeReportIsCompleteWithItsStatus() {
		List<Long> ids = this.jdbc.queryForList(REPORTS + " and q.financial_year = 2017 and q.quarter = 'Q3'", PLAN)
			.stream()
			.map((row) -> ((Number) row.get("id")).longValue())
			.toList();
		assertThat(ids).hasSize(6);

		this.transactions.executeWithoutResult((tx) -> {
			for (long id : ids) {
				HighlightReport report = this.entityManager.find(HighlightReport.class, id);
				assertThat(report.getState()).isEqualTo(ReportState.PUBLISHED);
				assertThat(report.getSections()).hasSize(7);
				assertThat(report.incompleteSections()).as("incomplete sections of %s", report.getProgramme().label())
					.isEmpty();
				assertThat(report.getStatusReason()).isNotBlank();
				assertThat(report.getSubmittedAt()).isBefore(report.getPublishedAt());
			}
		});
		Map<String, Object> seven = this.jdbc
			.queryForMap(REPORTS + " and p.number = 7 and q.financial_year = 2017 and q.quarter = 'Q3'", PLAN);
		assertThat(seven.get("overall_status")).isEqualTo(Rag.AMBER.name());
		Map<String, Object> three = this.jdbc
			.queryForMap(REPORTS + " and p.number = 3 and q.financial_year = 2017 and q.quarter = 'Q3'", PLAN);
		assertThat(three.get("overall_status")).isEqualTo(Rag.GREEN.name());
		assertThat(three.get("status_as_written")).isEqualTo("Progressing");
	}

	@Test
	void eachProgrammesMeasuresAreTheRowsOfItsReport() {
		Map<Integer, Long> measures = byProgramme("""
				select p.number, count(*) from measure m
				join improvement_programme p on p.id = m.programme_id
				join plan l on l.id = p.plan_id
				where l.short_name = ? group by p.number""");
		Map<Integer, Long> rows = byProgramme("select p.number, count(*) " + DEMO_ROWS + " group by p.number");

		assertThat(measures).containsExactlyInAnyOrderEntriesOf(Map.of(1, 15L, 2, 17L, 3, 11L, 4, 26L, 5, 14L, 7, 9L));
		assertThat(rows).isEqualTo(measures);
		// Every row has a current value; the GCSE rows say "Not comparable" in so many
		// words.
		assertThat(count("select count(*) " + DEMO_ROWS + " and x.current_value_id is null")).isZero();
		assertThat(count("select count(*) " + DEMO_ROWS + " and x.direction_override = 'NOT_COMPARABLE'")).isEqualTo(3);
	}

	@Test
	void programmeSixActionPlanHasEveryObjectiveAndAction() {
		String scope = """
				from action_plan a
				join improvement_programme p on p.id = a.programme_id
				join plan l on l.id = p.plan_id
				where l.short_name = ? and p.number = 6 and a.financial_year = 2018""";
		Map<String, Object> actionPlan = this.jdbc.queryForMap("select a.version_label, a.status " + scope, PLAN);
		assertThat(actionPlan).containsEntry("version_label", "FINAL MAY (4.5.18)").containsEntry("status", "FINAL");
		assertThat(count("select count(*) from objective o join action_plan a on a.id = o.action_plan_id "
				+ "join improvement_programme p on p.id = a.programme_id join plan l on l.id = p.plan_id "
				+ "where l.short_name = ? and p.number = 6"))
			.isEqualTo(5);
		assertThat(count("select count(*) from sub_objective s join objective o on o.id = s.objective_id "
				+ "join action_plan a on a.id = o.action_plan_id join improvement_programme p on p.id = a.programme_id "
				+ "join plan l on l.id = p.plan_id where l.short_name = ? and p.number = 6"))
			.isEqualTo(4);
		assertThat(this.jdbc
			.queryForList("select o.number, count(x.id) from action x "
					+ "join objective o on o.id = x.objective_id join action_plan a on a.id = o.action_plan_id "
					+ "join improvement_programme p on p.id = a.programme_id join plan l on l.id = p.plan_id "
					+ "where l.short_name = ? and p.number = 6 group by o.number order by o.number", PLAN)
			.stream()
			.map((row) -> ((Number) row.get("count")).intValue())
			.toList()).containsExactly(5, 8, 9, 2, 4);
		assertThat(count("select count(*) from recommendation r join plan l on l.id = r.plan_id "
				+ "where l.short_name = ? and r.source = 'Ofsted 2017'"))
			.isEqualTo(13);
	}

	@Test
	void corporateRiskOrg0009WasScoredTwentyThenFifteen() {
		Long id = this.jdbc.queryForObject("select r.id from risk r join plan l on l.id = r.plan_id "
				+ "where l.short_name = ? and r.reference = 'ORG0009'", Long.class, PLAN);

		this.transactions.executeWithoutResult((tx) -> {
			Risk risk = this.entityManager.find(Risk.class, id);
			assertThat(risk.getProgramme()).isNull();
			assertThat(risk.getTitle()).isEqualTo("Safeguarding Children");
			assertThat(risk.getAssessments()).extracting(RiskAssessment::getAssessedOn).isSorted().hasSize(2);
			assertThat(risk.getAssessments()).extracting((assessment) -> assessment.score().value())
				.containsExactly(20, 15);
			assertThat(risk.score()).hasValueSatisfying((score) -> assertThat(score.value()).isEqualTo(15));
		});
		assertThat(count("select count(*) from risk r join plan l on l.id = r.plan_id "
				+ "where l.short_name = ? and r.programme_id is not null and r.likelihood is null"))
			.isEqualTo(7);
	}

	@Test
	void createsOneDemoUserPerRoleAndASecondLead() {
		Map<String, String> roles = new LinkedHashMap<>();
		// The demo's people are named "(demo)"; other tests add accounts of their own to
		// the shared database.
		this.jdbc.query("select u.username, r.role from app_user u join user_role r on r.user_id = u.id "
				+ "where u.display_name like '%(demo)' order by u.username", (rs) -> {
					roles.put(rs.getString(1), rs.getString(2));
				});

		assertThat(roles).containsExactlyInAnyOrderEntriesOf(
				Map.of("admin@example.org", "ADMIN", "lead@example.org", "LEAD", "lead7@example.org", "LEAD",
						"executive@example.org", "EXECUTIVE", "scrutiny@example.org", "SCRUTINY"));
		assertThat(this.jdbc.queryForList("select p.number from programme_assignment a "
				+ "join app_user u on u.id = a.user_id join improvement_programme p on p.id = a.programme_id "
				+ "where u.username = 'lead@example.org' order by p.number", Integer.class))
			.containsExactly(1, 5);
		assertThat(this.jdbc.queryForList("select password_hash from app_user where display_name like '%(demo)'",
				String.class))
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}"));
	}

	@Test
	void loadingAgainAddsNothing() throws Exception {
		Map<String, Long> before = counts();

		this.loader.run(null);

		assertThat(this.loader.load()).isFalse();
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("plan", "reporting_period", "delivery_group", "improvement_programme",
				"highlight_report", "report_section", "report_measure_row", "report_exemption", "case_study", "measure",
				"measure_value", "measure_comparator", "executive_summary", "executive_summary_status", "risk",
				"risk_mitigation", "risk_assessment", "action_plan", "objective", "sub_objective", "action",
				"action_deadline_part", "recommendation", "action_recommendation", "outcome_tracker_item",
				"work_programme_item", "app_user", "user_role", "programme_assignment", "champion_link")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, PLAN);
	}

	private Map<Integer, Long> byProgramme(String sql) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			counts.put(rs.getInt(1), rs.getLong(2));
		}, PLAN);
		return counts;
	}

}
