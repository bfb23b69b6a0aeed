package org.waymark;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.waymark.dashboard.PlanDashboard;
import org.waymark.dashboard.PlanDashboardService;
import org.waymark.dashboard.ProgrammeDashboard;
import org.waymark.dashboard.ProgrammeDashboardService;
import org.waymark.report.HighlightReportService;
import org.waymark.report.HighlightReportView;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page loads what it shows in a fixed number of queries, however many programmes,
 * reports, actions and measures there are: checked on PostgreSQL with the demo data by
 * counting the statements Hibernate prepares while each page's service builds its view.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class PageQueriesIT {

	@Autowired
	private PlanDashboardService planDashboards;

	@Autowired
	private ProgrammeDashboardService programmeDashboards;

	@Autowired
	private HighlightReportService reports;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	private Authentication admin;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		UserDetails user = this.users.loadUserByUsername("admin@example.org");
		this.admin = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Test
	void planDashboardRunsAtMostEightQueriesForAnyPeriod() {
		PlanDashboard latest = measured(8, () -> this.planDashboards.dashboard(null, this.admin)).orElseThrow();
		assertThat(latest.rows()).hasSize(7);
		for (Long period : this.jdbc.queryForList("select id from reporting_period", Long.class)) {
			measured(8, () -> this.planDashboards.dashboard(period, this.admin));
		}
	}

	@Test
	void programmePageRunsAtMostTwelveQueriesForEveryProgramme() {
		int actions = 0;
		int measures = 0;
		for (Long programme : this.jdbc.queryForList("select id from improvement_programme", Long.class)) {
			ProgrammeDashboard page = measured(12, () -> this.programmeDashboards.dashboard(programme, this.admin));
			actions += page.actionPlans()
				.stream()
				.flatMap((plan) -> plan.objectives().stream())
				.mapToInt((objective) -> objective.actions().size()
						+ objective.subObjectives().stream().mapToInt((sub) -> sub.actions().size()).sum())
				.sum();
			measures += page.measureGroups().stream().mapToInt((group) -> group.measures().size()).sum();
		}
		assertThat(actions).as("actions in the demo action plans").isGreaterThan(10);
		assertThat(measures).as("measures in the demo data").isGreaterThan(10);
	}

	@Test
	void reportPageRunsAtMostSixQueriesForEveryReport() {
		int measureRows = 0;
		List<Long> ids = this.jdbc.queryForList("select id from highlight_report", Long.class);
		assertThat(ids).isNotEmpty();
		for (Long report : ids) {
			HighlightReportView view = measured(6, () -> this.reports.view(report, this.admin));
			measureRows += view.measureTables().stream().mapToInt((table) -> table.rows().size()).sum();
		}
		assertThat(measureRows).as("measure rows in the demo reports").isGreaterThan(10);
	}

	private <T> T measured(int most, Supplier<T> page) {
		this.statistics.clear();
		T result = page.get();
		assertThat(this.statistics.getPrepareStatementCount()).as("statements prepared").isLessThanOrEqualTo(most);
		return result;
	}

}
