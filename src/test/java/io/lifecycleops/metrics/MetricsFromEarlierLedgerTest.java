package io.lifecycleops.metrics;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import io.lifecycleops.web.FieldErrors;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migration 13 rebuilds the read models from a ledger written before them: the metrics come out the same. */
@ProcessTest
class MetricsFromEarlierLedgerTest {

  @Autowired MetricsFromEarlierLedger migration;
  @Autowired FunnelMetrics funnel;
  @Autowired SlaMetrics sla;
  @Autowired LifecycleLedger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void replayingTheLedgerGivesTheMetricsItsFactsGaveAsTheyHappened() throws Exception {
    HandBuiltLedger.clear(jdbc);
    jdbc.update("delete from lifecycle_event");
    HandBuiltLedger facts = new HandBuiltLedger(ledger, clock);
    facts.move("2026-10-01T09:00:00Z", "A", "pi-A", "lead-to-opportunity", null, "MQL");
    facts.at("2026-10-01T09:00:00Z", "A", "pi-A", "lead-to-opportunity", LEAD_SCORED, "MQL", "segment", "SMB");
    facts.at("2026-10-01T09:00:00Z", "A", "pi-A", "lead-to-opportunity", HANDOFF_SENT, "MQL", "handoff", "QUALIFY_LEAD",
        "taskId", "t-A", "group", "sdr-emea", "assignee", "alex");
    facts.at("2026-10-01T09:00:00Z", "A", "pi-A", "lead-to-opportunity", SLA_STARTED, "MQL", "handoff", "QUALIFY_LEAD",
        "taskId", "t-A", "warningAt", "2026-10-01T09:45:00Z", "dueAt", "2026-10-01T10:00:00Z");
    facts.at("2026-10-01T09:20:00Z", "A", "pi-A", "lead-to-opportunity", SLA_MET, "MQL", "handoff", "QUALIFY_LEAD",
        "taskId", "t-A", "completedBy", "alex", "dueAt", "2026-10-01T10:00:00Z", "elapsedBusinessMinutes", 20);
    facts.move("2026-10-01T09:20:00Z", "A", "pi-A", "lead-to-opportunity", "MQL", "SQL");
    MetricsPeriod october = MetricsPeriod.parse("2026-10-01", "2026-10-31", new FieldErrors());
    var funnelAsItHappened = funnel.of(october, Map.of(), "segment");
    var slaAsItHappened = sla.of(october, "handoff");

    HandBuiltLedger.clear(jdbc);
    try (Connection connection = dataSource.getConnection()) {
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
    }

    assertThat(funnel.of(october, Map.of(), "segment")).isEqualTo(funnelAsItHappened);
    assertThat(sla.of(october, "handoff")).isEqualTo(slaAsItHappened);
    assertThat(funnelAsItHappened.groups().get(0).stages().get(1).count()).isEqualTo(1);
  }
}
