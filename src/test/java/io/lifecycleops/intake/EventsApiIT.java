package io.lifecycleops.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifecycleops.lead.LeadToOpportunityProcess;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The events API over HTTP, as a CRM or marketing automation calls it. */
@PostgresIT
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsApiIT {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private ObjectNode mql(String eventId, String leadId) {
    ObjectNode event = CloudEvents.event(eventId, "lead.mql", "https://marketing.example.com", ProcessScenario.hotEnterpriseLead(leadId));
    event.put("time", "2026-11-28T09:30:00Z");
    return event;
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private long instancesOf(String leadId) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadToOpportunityProcess.KEY).processInstanceBusinessKey(leadId).count();
  }

  private int inboundRows(String eventId) {
    return jdbc.queryForObject("select count(*) from inbound_event where id = ?", Integer.class, eventId);
  }

  private int ledgerRows(String leadId) {
    return jdbc.queryForObject("select count(*) from lifecycle_event where subject = ?", Integer.class, leadId);
  }

  @Test
  void acceptedMqlStartsTheLeadProcessKeyedByTheLeadId() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    HttpResponse<String> response = api.postEvent(mql("evt-" + UUID.randomUUID(), leadId).toString());

    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode receipt = body(response);
    assertThat(receipt.get("status").asText()).isEqualTo("STARTED");
    String pi = receipt.get("processInstanceId").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey()).isEqualTo(leadId);

    HttpResponse<String> timeline = api.get("/api/leads/" + leadId + "/timeline", ApiClient.basic("demo", "demo"));
    assertThat(timeline.statusCode()).isEqualTo(200);
    List<String> types = new ArrayList<>();
    body(timeline).forEach(e -> types.add(e.get("type").asText()));
    assertThat(types).containsExactly("STAGE_ENTERED", "LEAD_SCORED", "HANDOFF_SENT", "SLA_STARTED");
  }

  @Test
  void repeatedEventIdGetsTheFirstAnswerAndStartsNothingNew() throws Exception {
    String eventId = "evt-" + UUID.randomUUID();
    String leadId = ProcessScenario.newLeadId();
    String event = mql(eventId, leadId).toString();

    HttpResponse<String> first = api.postEvent(event);
    HttpResponse<String> second = api.postEvent(event);

    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(body(second)).isEqualTo(body(first));
    assertThat(instancesOf(leadId)).isEqualTo(1);
    assertThat(ledgerRows(leadId)).isEqualTo(4);
  }

  @Test
  void tenConcurrentDuplicatesStartOneInstance() throws Exception {
    String eventId = "evt-" + UUID.randomUUID();
    String leadId = ProcessScenario.newLeadId();
    String event = mql(eventId, leadId).toString();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(pool.submit(() -> {
        go.await();
        return api.postEvent(event);
      }));
    }
    go.countDown();
    Set<String> instances = new HashSet<>();
    for (Future<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      instances.add(body(response).get("processInstanceId").asText());
    }
    pool.shutdown();

    assertThat(instances).hasSize(1);
    assertThat(instancesOf(leadId)).isEqualTo(1);
    assertThat(inboundRows(eventId)).isEqualTo(1);
  }

  @Test
  void sameIdWithADifferentPayloadIsAConflict() throws Exception {
    String eventId = "evt-" + UUID.randomUUID();
    api.postEvent(mql(eventId, ProcessScenario.newLeadId()).toString());

    HttpResponse<String> clash = api.postEvent(mql(eventId, ProcessScenario.newLeadId()).toString());

    assertThat(clash.statusCode()).isEqualTo(409);
    assertThat(body(clash).get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  void invalidEventIsRejectedNamingEveryBadFieldAndNothingIsStored() throws Exception {
    String eventId = "evt-" + UUID.randomUUID();
    String leadId = ProcessScenario.newLeadId();
    ObjectNode event = mql(eventId, leadId);
    ObjectNode data = (ObjectNode) event.get("data");
    data.put("email", "not-an-email");
    data.remove("company");
    data.put("employees", -5);
    data.put("annualRevenue", "lots");
    data.put("country", "Germany");
    data.put("engagementScore", 140);

    HttpResponse<String> response = api.postEvent(event.toString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("data.email", "data.company", "data.employees",
        "data.annualRevenue", "data.country", "data.engagementScore");
    assertThat(inboundRows(eventId)).isZero();
    assertThat(instancesOf(leadId)).isZero();
    assertThat(ledgerRows(leadId)).isZero();
  }

  @Test
  void envelopeErrorsNameTheAttributes() throws Exception {
    HttpResponse<String> response = api.postEvent("{\"specversion\":\"0.3\",\"type\":\"lead.mql\",\"time\":\"yesterday\",\"data\":[]}");

    assertThat(response.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    body(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("specversion", "id", "source", "time", "data");
  }

  @Test
  void malformedJsonIsA400Problem() throws Exception {
    HttpResponse<String> response = api.postEvent("{\"specversion\": \"1.0\", \"id\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response).get("title").asText()).isEqualTo("Malformed JSON");
  }

  @Test
  void unknownEventTypeIsA422Problem() throws Exception {
    ObjectNode event = mql("evt-" + UUID.randomUUID(), ProcessScenario.newLeadId());
    event.put("type", "lead.teleported");

    HttpResponse<String> response = api.postEvent(event.toString());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(body(response).get("errors").get(0).get("field").asText()).isEqualTo("type");
    assertThat(inboundRows(event.get("id").asText())).isZero();
  }

  @Test
  void apiAndEngineRestRequireCamundaCredentials() {
    String event = mql("evt-" + UUID.randomUUID(), ProcessScenario.newLeadId()).toString();
    assertThat(api.post("/api/events", event, null).statusCode()).isEqualTo(401);
    // A wrong password locks the user out briefly (Camunda's login throttling): use a user no other test needs.
    assertThat(api.post("/api/events", event, ApiClient.basic("grace", "wrong")).statusCode()).isEqualTo(401);
    assertThat(api.get("/api/leads/L-1/timeline", null).statusCode()).isEqualTo(401);
    assertThat(api.get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    assertThat(api.post("/engine-rest/process-definition/key/lead-to-opportunity/start", "{}", null).statusCode()).isEqualTo(401);
    assertThat(api.get("/engine-rest/process-definition", ApiClient.basic("emma", "emma")).statusCode()).isEqualTo(200);
    assertThat(api.get("/actuator/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownLeadHasNoTimeline() {
    assertThat(api.get("/api/leads/nobody/timeline", ApiClient.basic("demo", "demo")).statusCode()).isEqualTo(404);
  }
}
