package org.waymark.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL database integration tests run on, one per test JVM.
 * <p>
 * With a Docker engine it is a Testcontainers PostgreSQL 16. Without one (as on the
 * machines this project is built on) it is a new database, {@code waymark_test_<random>},
 * created on the server of {@code TEST_DATABASE_URL} (default
 * {@code jdbc:postgresql://localhost:5432/test}, user {@code TEST_DATABASE_USER} or
 * postgres, password {@code TEST_DATABASE_PASSWORD} or empty) and dropped when the JVM
 * exits. Either way each run starts from an empty schema that Flyway builds.
 */
public final class PostgresTestDatabase {

	private static final Logger logger = LoggerFactory.getLogger(PostgresTestDatabase.class);

	private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/test";

	private static Connection details;

	private PostgresTestDatabase() {
	}

	/** Where the tests' database is; started or created on first use. */
	public static synchronized Connection connection() {
		if (details == null) {
			details = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : createLocalDatabase();
		}
		return details;
	}

	/** JDBC URL, user and password of the test database. */
	public record Connection(String url, String username, String password) {
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
		container.start();
		logger.info("Integration tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection createLocalDatabase() {
		String serverUrl = env("TEST_DATABASE_URL", DEFAULT_URL);
		String user = env("TEST_DATABASE_USER", "postgres");
		String password = env("TEST_DATABASE_PASSWORD", "");
		String name = "waymark_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(serverUrl, user, password, "create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// "with (force)": cached Spring contexts may still hold pooled connections at
			// exit.
			execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
		}, "drop-" + name));
		String url = withDatabase(serverUrl, name);
		logger.info("No Docker engine: integration tests use the new database {} on {}", name, serverUrl);
		return new Connection(url, user, password);
	}

	/** Swaps the database name in a JDBC URL, keeping host, port and parameters. */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String parameters = (query >= 0) ? url.substring(query) : "";
		int slash = base.lastIndexOf('/');
		if (slash < "jdbc:postgresql://".length()) {
			throw new IllegalArgumentException("TEST_DATABASE_URL must name a database: " + url);
		}
		return base.substring(0, slash + 1) + database.toLowerCase(Locale.ROOT) + parameters;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url
					+ " (is PostgreSQL running? set TEST_DATABASE_URL to point at it)", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/** Points the application context at the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Connection connection = connection();
			TestPropertyValues
				.of("spring.datasource.url=" + connection.url(), "spring.datasource.username=" + connection.username(),
						"spring.datasource.password=" + connection.password())
				.applyTo(context.getEnvironment());
		}

	}

}
