package io.lifecycleops.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.ledger.LedgerEventType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migration 16: open handoffs a manager extended before their clocks remembered extensions get
 * {@code slaExtendedMinutes} from the ledger's {@code SLA_ADJUSTED} rows that name an extension, so an SLA recompute
 * keeps the time the manager gave ({@link SlaClock#extended()}). Few handoffs are extended, so the engine's API sets
 * them; a handoff that already has the variable is left alone, so running it again changes nothing.
 */
@Component
public class ExtensionsFromLedger implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(ExtensionsFromLedger.class);

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SlaClocks clocks;
  private final ObjectMapper json;

  /** A DataSource, not Boot's JdbcTemplate: that one waits for Flyway, which waits for its migrations. */
  public ExtensionsFromLedger(DataSource dataSource, TaskService tasks, RuntimeService runtime, SlaClocks clocks,
      ObjectMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tasks = tasks;
    this.runtime = runtime;
    this.clocks = clocks;
    this.json = json;
  }

  @Override
  public void migrate(Context context) throws Exception {
    log.info("SLA extensions from the ledger: {} open handoffs got theirs", restore());
  }

  /** Sets the extended minutes of every open handoff the ledger says was extended; returns how many. */
  public int restore() throws Exception {
    Map<String, List<String>> extensionsByTask = new LinkedHashMap<>();
    for (String details : jdbc.queryForList("select details from lifecycle_event where type = ? and details like ?"
        + " order by id", String.class, LedgerEventType.SLA_ADJUSTED.name(), "%\"extension\"%")) {
      JsonNode row = json.readTree(details);
      if (row.hasNonNull("taskId") && row.hasNonNull("extension")) {
        extensionsByTask.computeIfAbsent(row.get("taskId").asText(), id -> new java.util.ArrayList<>())
            .add(row.get("extension").asText());
      }
    }
    int restored = 0;
    for (var extended : extensionsByTask.entrySet()) {
      Task task = tasks.createTaskQuery().taskId(extended.getKey()).singleResult();
      if (task == null || task.getExecutionId() == null) {
        continue;
      }
      Map<String, Object> local = runtime.getVariablesLocal(task.getExecutionId(), HandoffSla.CLOCK_VARIABLES);
      if (!HandoffSla.isHandoffScope(local) || local.get(HandoffSla.EXTENDED_MINUTES) != null) {
        continue;
      }
      WorkingCalendar calendar = clocks.calendarOf(HandoffSla.read(local));
      Duration total = extended.getValue().stream().map(calendar::length).reduce(Duration.ZERO, Duration::plus);
      runtime.setVariableLocal(task.getExecutionId(), HandoffSla.EXTENDED_MINUTES, total.toMinutes());
      restored++;
    }
    return restored;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("16");
  }

  @Override
  public String getDescription() {
    return "SLA extensions from the ledger";
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
