package io.lifecycleops.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator at start-up when the database cannot serve large Tasklist queues quickly: every Camunda task
 * query is {@code SELECT DISTINCT ... ORDER BY ... LIMIT n}, and PostgreSQL before 16 cannot stop such a query after
 * the first page on one core, so each list sorts every task the user may see (docs/operations.md, "Reps' queues").
 */
@Component
class QueueDatabaseAdvice {

  private static final Logger log = LoggerFactory.getLogger(QueueDatabaseAdvice.class);
  /** The first PostgreSQL major version with incremental sorts for DISTINCT outside parallel plans. */
  static final int FIRST_EARLY_STOPPING_POSTGRES = 16;

  private final DataSource dataSource;

  QueueDatabaseAdvice(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void adviseOnStart() {
    advice().ifPresent(log::warn);
  }

  /** The warning for this database, if it needs one. */
  Optional<String> advice() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      if (!"PostgreSQL".equals(database.getDatabaseProductName())
          || database.getDatabaseMajorVersion() >= FIRST_EARLY_STOPPING_POSTGRES) {
        return Optional.empty();
      }
      return Optional.of("PostgreSQL " + database.getDatabaseProductVersion() + " sorts every task a user may see "
          + "before Tasklist shows the first page; with tens of thousands of open tasks run PostgreSQL "
          + FIRST_EARLY_STOPPING_POSTGRES + " or later (docs/operations.md, \"Reps' queues\")");
    } catch (SQLException e) {
      log.debug("could not read the database version", e);
      return Optional.empty();
    }
  }
}
