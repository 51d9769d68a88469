package io.lifecycleops.queues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.handoff.EscalationDueDates;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Escalations raised by an earlier version (no due date; the Escalations filter readable by everybody) get the
 * arrangement new ones get from migrations 7 and 8: a due date, so they sort among the manager's other tasks, and
 * a filter only the groups escalations go to see.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationsMigrationIT {

  static final String EMMA = ApiClient.basic("emma", "emma");
  static final String SOFIA = ApiClient.basic("sofia", "sofia");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired EscalationDueDates migration;

  @Test
  void escalationsOfTheEarlierVersionGetDueDatesAndTheirFilterGoesToTheManagersOnly() {
    ApiClient api = new ApiClient(port);
    Queues queues = new Queues(api, tasks, json);
    Task handoff = queues.lead("DE");
    String pi = handoff.getProcessInstanceId();
    SlaTimers.fire(management, pi, handoff.getTaskDefinitionKey(), SlaTimers.BREACH);
    Task breach = escalation(pi, 1);
    Instant secondLevelAt = SlaTimers.of(management, pi, handoff.getTaskDefinitionKey(), SlaTimers.SECOND_LEVEL)
        .getDuedate().toInstant();
    assertThat(breach.getDueDate().toInstant()).as("a new escalation is due when its second level is").isEqualTo(secondLevelAt);
    SlaTimers.fire(management, pi, handoff.getTaskDefinitionKey(), SlaTimers.SECOND_LEVEL);
    Task secondLevel = escalation(pi, 2);
    asTheEarlierVersionLeftThem(breach, secondLevel);
    assertThat(queues.of(EMMA)).containsKey("Escalations");

    migrate();

    assertThat(escalation(pi, 1).getDueDate().toInstant()).isEqualTo(secondLevelAt);
    assertThat(escalation(pi, 2).getDueDate().toInstant())
        .as("the last level is due when it was raised").isEqualTo(secondLevel.getCreateTime().toInstant());
    assertThat(history.createHistoricTaskInstanceQuery().taskId(breach.getId()).singleResult().getDueDate().toInstant())
        .isEqualTo(secondLevelAt);
    assertThat(queues.of(EMMA)).doesNotContainKey("Escalations").containsKeys("My tasks", "My team's queue", "Due today", "Overdue");
    assertThat(queues.of(SOFIA).get("Escalations")).contains(breach.getId(), secondLevel.getId());
  }

  private Task escalation(String pi, int level) {
    return SlaTimers.escalation(tasks, runtime, pi, level);
  }

  /** No due date on escalations, and the filter readable by everybody (a global READ authorization). */
  private void asTheEarlierVersionLeftThem(Task... escalations) {
    for (Task task : escalations) {
      jdbc.update("update act_ru_task set due_date_ = null where id_ = ?", task.getId());
      jdbc.update("update act_hi_taskinst set due_date_ = null where id_ = ?", task.getId());
    }
    String filter = jdbc.queryForObject("select id_ from act_ru_filter where name_ = 'Escalations'", String.class);
    jdbc.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_, perms_)"
        + " values (?, 1, 0, '*', 5, ?, 2)", UUID.randomUUID().toString(), filter);
  }

  /** Runs migrations 7 and 8 as Flyway does on the first start of this version. */
  private void migrate() {
    FlywayRun.migrate(dataSource, migration, connection -> connection.createStatement().execute(
        new ClassPathResource("db/migration/V8__escalations_filter_for_managers.sql").getContentAsString(StandardCharsets.UTF_8)));
  }
}
