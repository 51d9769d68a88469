package io.lifecycleops.queues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.ownership.TeamTenantsForOpenTasks;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasks opened by an earlier version (no tenant, one authorization row per task and candidate group or assignee)
 * get the team arrangement from migration 6 and keep exactly who sees them.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamTenantMigrationIT {

  static final String EMMA = ApiClient.basic("emma", "emma");
  static final String AMY = ApiClient.basic("amy", "amy");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired TeamTenantsForOpenTasks migration;
  Queues queues;

  @Test
  void tasksOfTheEarlierVersionMoveToTheirTeamAndLoseTheirOwnAuthorizationRows() {
    ApiClient api = new ApiClient(port);
    queues = new Queues(api, tasks, json);
    Task emea = queues.lead("DE");
    Task amer = queues.lead("US");
    Task heldByAnAe = queues.lead("US");
    // An earlier version let anyone hold a task; an AE outside sdr-amer holds this one.
    jdbc.update("update act_ru_task set assignee_ = 'ethan' where id_ = ?", heldByAnAe.getId());
    heldByAnAe = tasks.createTaskQuery().taskId(heldByAnAe.getId()).singleResult();
    asTheEarlierVersionLeftThem(emea, amer, heldByAnAe);

    migrateAgain();

    assertThat(tasks.createTaskQuery().taskId(emea.getId()).singleResult().getTenantId()).isEqualTo("sdr-emea");
    assertThat(tasks.createTaskQuery().taskId(amer.getId()).singleResult().getTenantId()).isEqualTo("sdr-amer");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(emea.getId()).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(amer.getId()).count()).isZero();
    assertThat(teamQueue(EMMA)).contains(emea.getId()).doesNotContain(amer.getId());
    assertThat(teamQueue(AMY)).contains(amer.getId()).doesNotContain(emea.getId());
    assertThat(api.get("/engine-rest/task/" + amer.getId(), EMMA).statusCode()).isIn(403, 404);
    assertThat(api.get("/engine-rest/task/" + emea.getId() + "/variables", EMMA).statusCode()).isEqualTo(200);

    assertThat(tasks.createTaskQuery().taskId(heldByAnAe.getId()).singleResult().getTenantId()).isEqualTo("sdr-amer.ethan");
    assertThat(api.get("/engine-rest/task/" + heldByAnAe.getId(), ApiClient.basic("ethan", "ethan")).statusCode()).isEqualTo(200);
    assertThat(teamQueue(AMY)).contains(heldByAnAe.getId());
    assertThat(teamQueue(EMMA)).doesNotContain(heldByAnAe.getId());
  }

  /** Runs migration 6 as Flyway does on the first start of this version. */
  private void migrateAgain() {
    FlywayRun.migrate(dataSource, migration, connection -> {});
  }

  /** The rows Camunda's default authorization provider wrote for a task: its candidate group and assignee, READ + UPDATE. */
  private void asTheEarlierVersionLeftThem(Task... open) {
    for (Task task : open) {
      jdbc.update("update act_ru_task set tenant_id_ = null where id_ = ?", task.getId());
      String group = jdbc.queryForObject("select group_id_ from act_ru_identitylink where task_id_ = ? and type_ = 'candidate'",
          String.class, task.getId());
      jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
          + " values (?, 1, 1, ?, 7, ?, 6)", UUID.randomUUID().toString(), group, task.getId());
      if (task.getAssignee() != null) {
        jdbc.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)"
            + " values (?, 1, 1, ?, 7, ?, 6)", UUID.randomUUID().toString(), task.getAssignee(), task.getId());
      }
    }
  }

  private List<String> teamQueue(String authorization) {
    return queues.of(authorization).get("My team's queue");
  }
}
