package io.lifecycleops.queues;

import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Runs a Java migration again as Flyway does on the first start of a version: in one transaction. */
final class FlywayRun {

  /** Work done on the migration's connection after the migration, before the commit (e.g. an SQL migration). */
  interface Then {
    void on(Connection connection) throws Exception;
  }

  static void migrate(DataSource dataSource, JavaMigration migration, Then then) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      migration.migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return connection;
        }
      });
      then.on(connection);
      connection.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private FlywayRun() {}
}
