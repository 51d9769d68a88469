package io.lifecycleops.ownership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 6: tasks opened before team tenants (no tenant, one authorization row per task and candidate group
 * or assignee) get the arrangement new tasks get from {@link TeamTenants}, once: the tenant of their candidate
 * group, or of that group and their assignee when the assignee works outside it; then their own authorization
 * rows go. Camunda's API cannot move a task to a tenant, hence SQL on those two tables; tenants, memberships and
 * grants are made through the API by the same code as for new tasks.
 */
@Component
public class TeamTenantsForOpenTasks implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(TeamTenantsForOpenTasks.class);
  /** Resource type of a task in Camunda's authorization table. */
  private static final int TASK_RESOURCE = 7;

  private final TeamTenants teams;

  TeamTenantsForOpenTasks(TeamTenants teams) {
    this.teams = teams;
  }

  private record OpenTask(String id, String group, String assignee) {}

  private record Holder(String group, String assignee) {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<OpenTask> open = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("select t.id_, t.assignee_,"
        + " (select min(i.group_id_) from act_ru_identitylink i where i.task_id_ = t.id_ and i.type_ = 'candidate')"
        + " from act_ru_task t where t.tenant_id_ is null and t.proc_inst_id_ is not null");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        if (rows.getString(3) != null) {
          open.add(new OpenTask(rows.getString(1), rows.getString(3), rows.getString(2)));
        }
      }
    }
    Map<Holder, String> tenants = new HashMap<>();
    try (PreparedStatement update = connection.prepareStatement("update act_ru_task set tenant_id_ = ? where id_ = ?")) {
      int batched = 0;
      for (OpenTask task : open) {
        update.setString(1, tenants.computeIfAbsent(new Holder(task.group(), task.assignee()),
            holder -> teams.tenantFor(holder.group(), holder.assignee())));
        update.setString(2, task.id());
        update.addBatch();
        if (++batched % 1000 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
    try (PreparedStatement delete = connection.prepareStatement("delete from act_ru_authorization"
        + " where resource_type_ = ? and resource_id_ in (select id_ from act_ru_task where tenant_id_ is not null)")) {
      delete.setInt(1, TASK_RESOURCE);
      int deleted = delete.executeUpdate();
      log.info("Team tenants: {} open tasks moved to {} tenants, {} task authorization rows removed", open.size(),
          tenants.values().stream().distinct().count(), deleted);
    }
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6");
  }

  @Override
  public String getDescription() {
    return "team tenants for open tasks";
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
