package org.waymark.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full application context on a fresh PostgreSQL database: a Testcontainers PostgreSQL
 * when a Docker engine is available, otherwise a new database on the local server named
 * by {@code TEST_DATABASE_URL} (see {@link PostgresTestDatabase}). Name such test classes
 * *IT so that they run in Maven's verify phase.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresIntegrationTest {

}
