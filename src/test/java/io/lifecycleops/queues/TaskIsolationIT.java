package io.lifecycleops.queues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Regions stay apart in Tasklist and /engine-rest, with authorizations on as in production: what
 * any change to how queues are queried must keep (issue [2/9]).
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskIsolationIT {

  static final String EMMA = ApiClient.basic("emma", "emma");
  static final String SOFIA = ApiClient.basic("sofia", "sofia");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired ManagementService management;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  ApiClient api;
  Queues queues;
  Task emeaTask;
  Task amerTask;

  @BeforeEach
  void oneLeadInEachRegion() {
    api = new ApiClient(port);
    queues = new Queues(api, tasks, json);
    emeaTask = queues.lead("DE");
    amerTask = queues.lead("US");
  }

  @Test
  void anEmeaSdrFindsNoAmerTaskInAnyFilterButHerOwnRegionsInHerTeamsQueue() {
    Map<String, List<String>> seen = queues.of(EMMA);

    assertThat(seen).containsKeys("My tasks", "My team's queue", "Due today", "Overdue")
        .as("a rep never holds an escalation").doesNotContainKey("Escalations");
    seen.forEach((filter, ids) -> assertThat(ids).as(filter).doesNotContain(amerTask.getId()));
    assertThat(seen.get("My team's queue")).contains(emeaTask.getId());
  }

  @Test
  void anEmeaSdrCannotReadClaimOrCompleteAnAmerTaskThroughEngineRest() {
    String task = "/engine-rest/task/" + amerTask.getId();

    assertThat(api.get(task, EMMA).statusCode()).isIn(403, 404);
    assertThat(api.get(task + "/variables", EMMA).statusCode()).isIn(403, 404);
    assertThat(api.get(task + "/form-variables", EMMA).statusCode()).isIn(403, 404);
    assertThat(api.get(task + "/form", EMMA).statusCode()).isIn(403, 404);
    assertThat(api.post(task + "/claim", "{\"userId\":\"emma\"}", EMMA).statusCode()).isIn(403, 404);
    assertThat(api.post(task + "/complete", "{\"variables\":{}}", EMMA).statusCode()).isIn(403, 404);

    Task untouched = tasks.createTaskQuery().taskId(amerTask.getId()).singleResult();
    assertThat(untouched).as("still open").isNotNull();
    assertThat(untouched.getAssignee()).isEqualTo(amerTask.getAssignee());
    assertThat(api.get("/engine-rest/task/" + emeaTask.getId(), EMMA).statusCode()).isEqualTo(200);
  }

  @Test
  void theSdrManagerSeesHerTeamsTasksInEveryRegion() {
    HttpResponse<String> listed = api.get("/engine-rest/task?processDefinitionKey=lead-to-opportunity&maxResults=1000", SOFIA);

    assertThat(listed.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    queues.read(listed).forEach(task -> ids.add(task.get("id").asText()));
    assertThat(ids).contains(emeaTask.getId(), amerTask.getId());
    assertThat(api.get("/engine-rest/task/" + amerTask.getId() + "/variables", SOFIA).statusCode()).isEqualTo(200);
  }

  @Test
  void aTaskBelongsToItsTeamAndHasNoAuthorizationRowsOfItsOwn() {
    assertThat(emeaTask.getTenantId()).isEqualTo("sdr-emea");
    assertThat(amerTask.getTenantId()).isEqualTo("sdr-amer");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(emeaTask.getId()).count())
        .isZero();
  }

  @Test
  void anSdrCanHandHerTaskToATeammateButNotToSomeoneWhoCouldNotSeeIt() {
    String assignee = "/engine-rest/task/" + emeaTask.getId() + "/assignee";

    HttpResponse<String> refused = api.post(assignee, "{\"userId\":\"amy\"}", EMMA);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("amy").contains("sdr-emea");
    assertThat(tasks.createTaskQuery().taskId(emeaTask.getId()).singleResult().getAssignee()).isEqualTo(emeaTask.getAssignee());

    String teammate = List.of("elias", "eva").contains(emeaTask.getAssignee()) ? "emma" : "elias";
    assertThat(api.post(assignee, "{\"userId\":\"" + teammate + "\"}", EMMA).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(emeaTask.getId()).singleResult().getAssignee()).isEqualTo(teammate);
  }

  @Test
  void anEscalationGoesToTheManagersAndNotToTheRepsOfTheRegion() {
    SlaTimers.fire(management, emeaTask.getProcessInstanceId(), emeaTask.getTaskDefinitionKey(), SlaTimers.BREACH);
    Task escalation = tasks.createTaskQuery().processInstanceId(emeaTask.getProcessInstanceId())
        .taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION).singleResult();
    assertThat(escalation.getTenantId()).isEqualTo("sdr-managers");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(escalation.getId()).count())
        .isZero();

    queues.of(EMMA).forEach((filter, ids) -> assertThat(ids).as(filter).doesNotContain(escalation.getId()));
    assertThat(api.get("/engine-rest/task/" + escalation.getId(), EMMA).statusCode()).isIn(403, 404);
    assertThat(queues.of(SOFIA).get("Escalations")).contains(escalation.getId());
    String escalations = jdbc.queryForObject("select id_ from act_ru_filter where name_ = 'Escalations'", String.class);
    assertThat(api.post("/engine-rest/filter/" + escalations + "/list", Queues.BY_DUE_DATE, EMMA).statusCode())
        .as("the Escalations filter is the managers'").isEqualTo(403);
    HttpResponse<String> claimed = api.post("/engine-rest/task/" + escalation.getId() + "/claim", "{\"userId\":\"sofia\"}", SOFIA);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
  }
}
