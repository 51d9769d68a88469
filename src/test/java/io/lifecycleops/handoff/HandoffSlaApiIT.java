package io.lifecycleops.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.lead.LeadToOpportunityProcess;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SLA endpoints over HTTP: read, pause, resume, customer replies, and the admin recomputation. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoffSlaApiIT {

  static final String DEMO = ApiClient.basic("demo", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private String openQualifyTask(ApiClient api, String leadId) throws Exception {
    String pi = body(api.postEvent("lead.mql", ProcessScenario.hotEnterpriseLead(leadId))).get("processInstanceId").asText();
    return tasks.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(LeadToOpportunityProcess.Elements.QUALIFY_LEAD).singleResult().getId();
  }

  @Test
  void repPausesAHandoffWhileWaitingOnTheCustomerAndTheReplyResumesIt() throws Exception {
    ApiClient api = new ApiClient(port);
    String leadId = ProcessScenario.newLeadId();
    String taskId = openQualifyTask(api, leadId);
    String sla = "/api/handoffs/" + taskId + "/sla";

    JsonNode running = body(api.get(sla, DEMO));
    assertThat(running.get("handoff").asText()).isEqualTo("QUALIFY_LEAD");
    assertThat(running.get("calendar").asText()).isEqualTo("EMEA");
    assertThat(running.get("paused").asBoolean()).isFalse();

    HttpResponse<String> noReason = api.post(sla + "/pause", "{}", DEMO);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(body(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");

    HttpResponse<String> paused = api.post(sla + "/pause", "{\"reason\":\"waiting for the org chart\"}", DEMO);
    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(body(paused).get("paused").asBoolean()).isTrue();
    assertThat(api.post(sla + "/pause", "{\"reason\":\"again\"}", DEMO).statusCode()).isEqualTo(409);

    HttpResponse<String> replied = api.postEvent(CloudEvents.from("inbox", "lead.customer_replied", Map.of("leadId", leadId)).toString());
    assertThat(replied.statusCode()).isEqualTo(202);
    assertThat(body(replied).get("status").asText()).isEqualTo("RESUMED");

    assertThat(body(api.get(sla, DEMO)).get("paused").asBoolean()).isFalse();
    assertThat(api.post(sla + "/resume", "", DEMO).statusCode()).isEqualTo(409);
    assertThat(body(api.get("/api/leads/" + leadId + "/timeline", DEMO)).findValuesAsText("type"))
        .contains("SLA_PAUSED", "SLA_RESUMED");
  }

  @Test
  void unknownTaskIsNotFound() {
    assertThat(new ApiClient(port).get("/api/handoffs/no-such-task/sla", DEMO).statusCode()).isEqualTo(404);
  }

  @Test
  void replyFromACustomerWithNothingPausedChangesNothing() throws Exception {
    HttpResponse<String> answer = new ApiClient(port)
        .postEvent(CloudEvents.from("inbox", "account.customer_replied", Map.of("accountId", "acct-unknown")).toString());
    assertThat(answer.statusCode()).isEqualTo(202);
    assertThat(body(answer).get("status").asText()).isEqualTo("NOTHING_PAUSED");
  }

  @Test
  void onlyAdminsRecomputeSlasAndTheDefaultIsADryRun() throws Exception {
    ApiClient api = new ApiClient(port);
    openQualifyTask(api, ProcessScenario.newLeadId());

    assertThat(api.post("/api/admin/sla/recompute", "", ApiClient.basic("emma", "emma")).statusCode()).isEqualTo(403);
    HttpResponse<String> dryRun = api.post("/api/admin/sla/recompute", "", DEMO);
    assertThat(dryRun.statusCode()).isEqualTo(200);
    assertThat(body(dryRun).get("dryRun").asBoolean()).isTrue();
    assertThat(body(dryRun).get("count").asInt()).as("the table has not changed").isZero();
  }

  @Test
  void theRealRunIsStoredAtOnceRunsInTheBackgroundAndCanBeFollowed() throws Exception {
    ApiClient api = new ApiClient(port);
    openQualifyTask(api, ProcessScenario.newLeadId());

    HttpResponse<String> started = api.post("/api/admin/sla/recompute?dryRun=false", "", DEMO);
    assertThat(started.statusCode()).isEqualTo(202);
    String address = started.headers().firstValue("Location").orElseThrow();
    assertThat(address).isEqualTo("/api/admin/sla/recomputations/" + body(started).get("id").asText());
    assertThat(body(started).get("requestedBy").asText()).isEqualTo("demo");

    JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> body(api.get(address, DEMO)),
        run -> !"RUNNING".equals(run.get("status").asText()));
    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("handoffs").asLong()).as("every open handoff was looked at").isPositive();
    assertThat(done.get("changed").asLong()).as("the table has not changed").isZero();
    assertThat(done.get("finishedAt").isNull()).isFalse();
    assertThat(body(api.get("/api/admin/sla/recomputations", DEMO)).findValuesAsText("id")).contains(done.get("id").asText());

    HttpResponse<String> resumeDone = api.post(address + "/resume", "", DEMO);
    assertThat(resumeDone.statusCode()).isEqualTo(409);
    assertThat(body(resumeDone).get("detail").asText()).contains("done");
    assertThat(api.post(address + "/cancel", "", DEMO).statusCode()).isEqualTo(409);
    assertThat(api.get("/api/admin/sla/recomputations/no-such-run", DEMO).statusCode()).isEqualTo(404);
    assertThat(api.get(address, ApiClient.basic("emma", "emma")).statusCode()).isEqualTo(403);
  }
}
