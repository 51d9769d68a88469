package io.lifecycleops.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/** Where the PostgreSQL integration tests run, and a fresh database per test class. */
public final class TestPostgres {

  public static final String URL_VARIABLE = "LIFECYCLE_TEST_JDBC_URL";

  public record Server(String adminUrl, String user, String password) {

    /** The URL of {@code database} on this server. */
    public String urlOf(String database) {
      int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
      int query = adminUrl.indexOf('?', slash);
      return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }
  }

  private static Server server;
  private static PostgreSQLContainer<?> container;

  private TestPostgres() {}

  static synchronized Server server() {
    if (server != null) {
      return server;
    }
    Map<String, String> env = System.getenv();
    String url = env.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      server = new Server(url, env.getOrDefault("LIFECYCLE_TEST_JDBC_USER", "postgres"),
          env.getOrDefault("LIFECYCLE_TEST_JDBC_PASSWORD", ""));
    } else if (DockerClientFactory.instance().isDockerAvailable()) {
      container = new PostgreSQLContainer<>("postgres:17-alpine");
      container.start();
      server = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    } else {
      return null;
    }
    return server;
  }

  /** The server for tests that start the service themselves (no Spring context of their own). */
  public static Server serverForTests() {
    Server pg = server();
    if (pg == null) {
      throw new IllegalStateException("no PostgreSQL: set " + URL_VARIABLE);
    }
    return pg;
  }

  /** Drops and creates the database for one test class; returns its JDBC URL. */
  public static String freshDatabase(String testClassName) {
    Server pg = server();
    String database = "lo_it_" + testClassName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(pg.adminUrl(), pg.user(), pg.password());
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + pg.adminUrl() + " is not usable for tests: " + e.getMessage(), e);
    }
    return pg.urlOf(database);
  }

  /** Skips (with a visible reason) when there is neither a configured server nor Docker. */
  public static class AvailableCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (server() != null) {
        return ConditionEvaluationResult.enabled("PostgreSQL at " + server.adminUrl());
      }
      String reason = "PostgreSQL integration tests SKIPPED: set " + URL_VARIABLE
          + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) or run Docker for Testcontainers";
      System.err.println(reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}
