package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An operator on a database that sorts every visible task for each Tasklist page is told at start-up. */
class QueueDatabaseAdviceTest {

  private static DataSource database(String product, int major, String version) throws Exception {
    DatabaseMetaData metaData = mock(DatabaseMetaData.class);
    when(metaData.getDatabaseProductName()).thenReturn(product);
    when(metaData.getDatabaseMajorVersion()).thenReturn(major);
    when(metaData.getDatabaseProductVersion()).thenReturn(version);
    Connection connection = mock(Connection.class);
    when(connection.getMetaData()).thenReturn(metaData);
    DataSource dataSource = mock(DataSource.class);
    when(dataSource.getConnection()).thenReturn(connection);
    return dataSource;
  }

  @Test
  void postgres15GetsTheAdviceToUpgradeNamingItsVersion() throws Exception {
    assertThat(new QueueDatabaseAdvice(database("PostgreSQL", 15, "15.20")).advice())
        .hasValueSatisfying(advice -> assertThat(advice).contains("PostgreSQL 15.20").contains("16 or later"));
  }

  @Test
  void postgres16AndLaterAndTheEmbeddedDatabaseGetNone() throws Exception {
    assertThat(new QueueDatabaseAdvice(database("PostgreSQL", 16, "16.4")).advice()).isEmpty();
    assertThat(new QueueDatabaseAdvice(database("PostgreSQL", 17, "17.10")).advice()).isEmpty();
    assertThat(new QueueDatabaseAdvice(database("H2", 2, "2.3.232")).advice()).isEmpty();
  }
}
