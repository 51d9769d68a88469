package io.lifecycleops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test on PostgreSQL, in a database of its own (created fresh for the test class):
 * on the server named by {@code LIFECYCLE_TEST_JDBC_URL} (plus {@code LIFECYCLE_TEST_JDBC_USER} /
 * {@code LIFECYCLE_TEST_JDBC_PASSWORD}) when set, else in a Testcontainers PostgreSQL where Docker
 * runs, else skipped with a message saying so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestPostgres.AvailableCondition.class)
public @interface PostgresIT {}
