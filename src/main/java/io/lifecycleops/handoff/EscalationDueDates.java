package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.ESCALATION_LEVEL;
import static io.lifecycleops.handoff.HandoffVariables.ESCALATION_TASK_ID;

import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.sla.HandoffSla;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 7: escalation tasks raised before they had a due date get the one new escalations get (see
 * {@link SlaEscalation}): a breach escalation when its handoff's second level is due, a second-level escalation
 * when it was raised. Without a due date they sort after every other task, so a manager's queue sorted by due date
 * had to read all of them. Camunda's API cannot update thousands of tasks at start-up in reasonable time, hence
 * SQL on the task and its history row; dates are read as the engine stores them (epoch milliseconds).
 */
@Component
public class EscalationDueDates implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(EscalationDueDates.class);

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    int moved = 0;
    try (PreparedStatement select = connection.prepareStatement("select t.id_, t.create_time_,"
        + " (select v.long_ from act_ru_variable v where v.execution_id_ = t.execution_id_ and v.name_ = ?),"
        + " (select s.long_ from act_ru_variable s join act_ru_task h on h.execution_id_ = s.execution_id_"
        + "   where s.name_ = ? and h.id_ = (select v.text_ from act_ru_variable v"
        + "     where v.execution_id_ = t.execution_id_ and v.name_ = ?))"
        + " from act_ru_task t where t.task_def_key_ like ? and t.due_date_ is null");
        PreparedStatement task = connection.prepareStatement("update act_ru_task set due_date_ = ? where id_ = ?");
        PreparedStatement history = connection.prepareStatement("update act_hi_taskinst set due_date_ = ? where id_ = ?")) {
      select.setString(1, ESCALATION_LEVEL.name());
      select.setString(2, HandoffSla.secondLevelAtVariable());
      select.setString(3, ESCALATION_TASK_ID.name());
      select.setString(4, HandoffElements.ESCALATION_TASK_PREFIX + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long level = rows.getLong(3);
          long secondLevelAt = rows.getLong(4);
          boolean handoffOpen = !rows.wasNull();
          Timestamp due = level == 1 && handoffOpen ? new Timestamp(secondLevelAt) : rows.getTimestamp(2);
          for (PreparedStatement update : new PreparedStatement[] {task, history}) {
            update.setTimestamp(1, due);
            update.setString(2, rows.getString(1));
            update.addBatch();
          }
          moved++;
        }
      }
      task.executeBatch();
      history.executeBatch();
    }
    log.info("Escalation due dates: {} open escalation tasks got one", moved);
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("7");
  }

  @Override
  public String getDescription() {
    return "escalation due dates";
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
