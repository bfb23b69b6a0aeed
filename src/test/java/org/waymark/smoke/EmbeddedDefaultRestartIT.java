package org.waymark.smoke;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.WaymarkApplication;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarting Waymark on its embedded default keeps the data it had and loads the demo
 * data only the first time.
 */
class EmbeddedDefaultRestartIT {

	@TempDir
	Path dataDirectory;

	@Test
	void restartingNeverDuplicatesTheDemoData() {
		Map<String, Long> first = countsAfterAStart();
		Map<String, Long> second = countsAfterAStart();

		assertThat(first.get("improvement_programme")).isEqualTo(7);
		assertThat(first.get("app_user")).isEqualTo(5);
		assertThat(first.get("measure")).isPositive();
		assertThat(second).isEqualTo(first);
	}

	private Map<String, Long> countsAfterAStart() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WaymarkApplication.class)
			.properties("server.port=0",
					"spring.datasource.url=jdbc:h2:file:" + this.dataDirectory.resolve("waymark")
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
			.run()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			return Map.of("plan", count(jdbc, "plan"), "improvement_programme", count(jdbc, "improvement_programme"),
					"highlight_report", count(jdbc, "highlight_report"), "measure", count(jdbc, "measure"),
					"measure_value", count(jdbc, "measure_value"), "action", count(jdbc, "action"), "risk",
					count(jdbc, "risk"), "app_user", count(jdbc, "app_user"));
		}
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
