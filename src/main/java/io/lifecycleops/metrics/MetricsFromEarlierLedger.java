package io.lifecycleops.metrics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.sla.WorkingCalendars;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 13: the ledger written before the metrics' read models (V12) existed is replayed into them once, in the
 * order it happened, by the same code that keeps them from new facts; afterwards a handoff whose task is no longer
 * open and that has no outcome is taken as cancelled (HANDOFF_CANCELLED did not exist yet).
 */
@Component
public class MetricsFromEarlierLedger implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(MetricsFromEarlierLedger.class);
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
  private static final long ANALYZE_EVERY = 50_000;
  private static final java.util.List<String> READ_MODELS =
      java.util.List.of("metric_lead", "metric_stage_visit", "metric_handoff", "metric_escalation", "metric_revenue");

  private final ObjectMapper json;
  private final WorkingCalendars calendars;

  MetricsFromEarlierLedger(ObjectMapper json, WorkingCalendars calendars) {
    this.json = json;
    this.calendars = calendars;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    MetricFacts facts = new MetricFacts(jdbc, calendars);
    // The read models start empty in this transaction: PostgreSQL plans their lookups as for empty tables until told
    // otherwise, and a replay of a million rows would scan ever larger tables row by row. Statistics every so often
    // (ANALYZE in the transaction sees its own rows) keep every lookup on its index.
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    long replayed = 0;
    try (PreparedStatement select = connection.prepareStatement("select id, occurred_at, subject, process_instance_id,"
        + " process_key, type, stage, actor, details from lifecycle_event order by occurred_at, id")) {
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          LedgerEventType type;
          try {
            type = LedgerEventType.valueOf(rows.getString("type"));
          } catch (IllegalArgumentException unknown) {
            continue;
          }
          facts.project(new LedgerEntry(rows.getLong("id"), rows.getTimestamp("occurred_at").toInstant(),
              rows.getString("subject"), rows.getString("process_instance_id"), rows.getString("process_key"), type,
              rows.getString("stage"), rows.getString("actor"), json.readValue(rows.getString("details"), DETAILS)));
          replayed++;
          if (postgres && (replayed == 1_000 || replayed % ANALYZE_EVERY == 0)) {
            jdbc.execute("analyze " + String.join(", ", READ_MODELS));
          }
        }
      }
    }
    try (PreparedStatement cancelled = connection.prepareStatement("update metric_handoff set cancelled_at = sent_at"
        + " where completed_at is null and cancelled_at is null and task_id not in (select id_ from act_ru_task)")) {
      int gone = cancelled.executeUpdate();
      log.info("Metrics: {} earlier ledger rows replayed into the read models; {} handoffs without an open task taken as"
          + " cancelled", replayed, gone);
    }
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("13");
  }

  @Override
  public String getDescription() {
    return "metrics from earlier ledger";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
