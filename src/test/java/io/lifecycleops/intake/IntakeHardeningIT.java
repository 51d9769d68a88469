package io.lifecycleops.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifecycleops.lead.LeadToOpportunityProcess;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess;
import io.lifecycleops.renewal.RenewalProcess;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake refuses what it cannot keep, and keeps every fact it accepts; on PostgreSQL, over HTTP. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeHardeningIT {

  static final String ADMIN = ApiClient.basic("demo", "demo");
  static final String CRM = ApiClient.basic("crm", "crm");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private ObjectNode mql(String leadId) {
    return (ObjectNode) read(ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(leadId)));
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(JsonNode event) {
    return api.post("/api/events", event.toString(), CRM);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private int stored() {
    return jdbc.queryForObject("select (select count(*) from inbound_event) + (select count(*) from lifecycle_event)", Integer.class);
  }

  private long leadProcesses(String leadId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(LeadToOpportunityProcess.KEY)
        .processInstanceBusinessKey(leadId).count();
  }

  @Test
  void aTwoMegabyteEventIsRefusedWith413AndNothingIsStored() {
    ObjectNode event = mql(ProcessScenario.newLeadId());
    ((ObjectNode) event.get("data")).put("industry", "x".repeat(2 * 1024 * 1024));
    int before = stored();

    HttpResponse<String> response = post(event);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(read(response.body()).get("title").asText()).isEqualTo("Body too large");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aDeeplyNestedBodyIsA400NamingWhereItWentTooDeep() {
    String nested = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
    ObjectNode event = mql(ProcessScenario.newLeadId());
    ((ObjectNode) event.get("data")).put("intentTopics", "NESTED");
    int before = stored();

    HttpResponse<String> response = api.post("/api/events", event.toString().replace("\"NESTED\"", nested), CRM);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fields(read(response.body())).get(0)).startsWith("data.intentTopics.a.a");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void controlCharactersInAnyTextAreA400NamingTheField() {
    String leadId = ProcessScenario.newLeadId();
    ObjectNode event = mql(leadId);
    ((ObjectNode) event.get("data")).put("company", "Acme\u0000 Corp");
    ((ObjectNode) event.get("data")).put("lastName", "Doe\u001b[31m");
    int before = stored();

    HttpResponse<String> response = post(event);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(read(response.body()))).containsExactlyInAnyOrder("data.company", "data.lastName");
    assertThat(stored()).isEqualTo(before);
    assertThat(leadProcesses(leadId)).isZero();
  }

  @Test
  void subjectIdsAreIdsNotProse() {
    HttpResponse<String> spaces = post(mql("L 1; drop table lead"));
    HttpResponse<String> tooLong = post(mql("L-" + "9".repeat(127)));
    HttpResponse<String> longest = post(mql("L-" + "9".repeat(126)));

    assertThat(spaces.statusCode()).isEqualTo(400);
    assertThat(fields(read(spaces.body()))).contains("data.leadId");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(fields(read(tooLong.body()))).contains("data.leadId");
    assertThat(longest.statusCode()).as(longest.body()).isEqualTo(202);
  }

  @Test
  void aLongCompanyNameGivesAShortenedTaskNameNotADatabaseError() {
    String leadId = ProcessScenario.newLeadId();
    ObjectNode event = mql(leadId);
    ((ObjectNode) event.get("data")).put("company", "Very Long Company Name ".repeat(21).trim());

    HttpResponse<String> response = post(event);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String name = tasks.createTaskQuery().processInstanceBusinessKey(leadId).singleResult().getName();
    assertThat(name).hasSize(255).startsWith("Qualify lead — Very Long Company Name").endsWith("…");
  }

  @Test
  void listsAreBoundedSoTheyFitTheTextVariableTheyAreJoinedInto() {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> tooMany = EventData.closedWon(accountId);
    tooMany.put("successCriteria", java.util.Collections.nCopies(21, "Onboard a team"));
    tooMany.put("commitments", List.of("x".repeat(181)));
    int before = stored();

    HttpResponse<String> refused = post(read(ApiClient.event("opportunity.closed_won", tooMany)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(read(refused.body()))).containsExactlyInAnyOrder("data.successCriteria", "data.commitments[0]");
    assertThat(stored()).isEqualTo(before);

    Map<String, Object> longest = EventData.closedWon(accountId);
    longest.put("successCriteria", java.util.Collections.nCopies(20, "c".repeat(180)));
    longest.put("commitments", java.util.Collections.nCopies(20, "m".repeat(180)));
    HttpResponse<String> accepted = post(read(ApiClient.event("opportunity.closed_won", longest)));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().executable().count() == 0);
    assertThat(management.createJobQuery().withException().count()).as("no job fails after the 202").isZero();
  }

  @Test
  void theSameIdFromTwoSourcesIsTwoEvents() {
    String id = "evt-" + UUID.randomUUID();
    ObjectNode fromCrm = mql(ProcessScenario.newLeadId()).put("id", id).put("source", "crm");
    ObjectNode fromMarketing = mql(ProcessScenario.newLeadId()).put("id", id).put("source", "marketing");

    HttpResponse<String> first = post(fromCrm);
    HttpResponse<String> second = post(fromMarketing);
    HttpResponse<String> repeated = post(fromCrm);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(read(second.body()).get("processInstanceId")).isNotEqualTo(read(first.body()).get("processInstanceId"));
    assertThat(read(repeated.body())).isEqualTo(read(first.body()));
    assertThat(jdbc.queryForObject("select count(*) from inbound_event where id = ?", Integer.class, id)).isEqualTo(2);
  }

  @Test
  void aDecisionWithoutAnAnswerIsA422NamingItAndItsInputsAndLeavesNothingBehind() throws Exception {
    String original = Files.readString(Path.of("dmn", "lead-priority.dmn"));
    // A designer's mistake: a version of the table without its rules.
    String gap = original.replaceAll("(?s)<rule id=\"[^\"]*\">.*?</rule>", "");
    repository.createDeployment().name("lead-priority with a gap").addString("lead-priority.dmn", gap).deploy();
    try {
      String leadId = ProcessScenario.newLeadId();
      ObjectNode event = mql(leadId);
      int before = stored();

      HttpResponse<String> refused = post(event);
      HttpResponse<String> again = post(event);

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      JsonNode problem = read(refused.body());
      assertThat(problem.get("decision").asText()).isEqualTo("lead-priority");
      assertThat(problem.get("inputs").has("engagementScore")).isTrue();
      assertThat(again.statusCode()).isEqualTo(422);
      assertThat(stored()).isEqualTo(before);
      assertThat(leadProcesses(leadId)).isZero();
    } finally {
      repository.createDeployment().name("lead-priority restored").addString("lead-priority.dmn", original).deploy();
    }
  }

  @Test
  void tenDifferentEventsForOneNewLeadAtOnceStartOneProcess() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        ObjectNode event = mql(leadId);
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
          start.await();
          return post(event);
        }));
      }
      start.countDown();
      List<String> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        statuses.add(read(response.body()).get("status").asText());
      }
      assertThat(statuses).containsOnlyOnce("STARTED");
    } finally {
      pool.shutdownNow();
    }
    assertThat(leadProcesses(leadId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from lifecycle_event where subject = ? and type = 'EVENT_NOT_APPLIED'",
        Integer.class, leadId)).as("every event that changed nothing says why in the ledger").isEqualTo(9);
    assertThat(jdbc.queryForList("select distinct actor from lifecycle_event where subject = ? and type = 'EVENT_NOT_APPLIED'",
        String.class, leadId)).as("who sent them").containsExactly("crm");
  }

  @Test
  void aMilestoneThatArrivesBeforeClosedWonIsKeptAndAppliedWhenOnboardingStarts() {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> early = post(read(ApiClient.event("onboarding.technical_setup_done", Map.of("accountId", accountId))));

    HttpResponse<String> won = post(read(ApiClient.event("opportunity.closed_won", EventData.closedWon(accountId))));

    assertThat(early.statusCode()).isEqualTo(202);
    assertThat(read(early.body()).get("status").asText()).isEqualTo("KEPT_UNTIL_ONBOARDING");
    assertThat(won.statusCode()).as(won.body()).isEqualTo(202);
    String onboarding = read(won.body()).get("processInstanceId").asText();
    assertThat(runtime.getVariable(onboarding, ClosedWonToOnboardingProcess.Variables.TECHNICAL_SETUP_DONE.name())).isEqualTo(true);
    assertThat(jdbc.queryForObject("select count(*) from pending_milestone where account_id = ?", Integer.class, accountId)).isZero();
  }

  @Test
  void aRenewalOutcomeBeforeTheWindowOpensEndsTheSleepingRenewalAndAnUnknownContractIs404() {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(post(read(ApiClient.event("opportunity.closed_won", EventData.closedWon(accountId)))).statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().executable().count() == 0);
    String contractId = jdbc.queryForObject("select id from contract where account_id = ?", String.class, accountId);

    HttpResponse<String> renewed = post(read(ApiClient.event("renewal.closed", Map.of("accountId", accountId,
        "contractId", contractId, "outcome", "RENEWED", "renewedArr", 260000, "newTermEnd", "2028-11-30"))));
    HttpResponse<String> unknown = post(read(ApiClient.event("renewal.closed", Map.of("accountId", accountId,
        "contractId", "ctr-nobody-knows", "outcome", "CHURNED", "reason", "PRICE"))));

    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(202);
    String renewal = read(renewed.body()).get("processInstanceId").asText();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(renewal)
        .activityId(RenewalProcess.Elements.END_RENEWED).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from contract where id = ?", String.class, contractId)).isEqualTo("RENEWED");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(read(unknown.body()).get("title").asText()).isEqualTo("No such contract");
  }

  @Test
  void theTimelineComesInBoundedPagesLinkedByACursor() {
    String leadId = ProcessScenario.newLeadId();
    assertThat(post(mql(leadId)).statusCode()).isEqualTo(202);
    List<Long> all = new ArrayList<>();
    read(api.get("/api/leads/" + leadId + "/timeline", ADMIN).body()).forEach(e -> all.add(e.get("id").asLong()));
    assertThat(all.size()).isGreaterThanOrEqualTo(3);

    List<Long> paged = new ArrayList<>();
    String next = "/api/leads/" + leadId + "/timeline?limit=2";
    int pages = 0;
    while (next != null) {
      HttpResponse<String> page = api.get(next, ADMIN);
      assertThat(page.statusCode()).isEqualTo(200);
      JsonNode entries = read(page.body());
      assertThat(entries.size()).isLessThanOrEqualTo(2);
      entries.forEach(e -> paged.add(e.get("id").asLong()));
      next = page.headers().firstValue("Link").map(l -> l.substring(l.indexOf("/api/"), l.indexOf('>'))).orElse(null);
      pages++;
    }

    assertThat(paged).isEqualTo(all);
    assertThat(pages).isEqualTo((all.size() + 1) / 2);
    assertThat(api.get("/api/leads/" + leadId + "/timeline?limit=0", ADMIN).statusCode()).isEqualTo(400);
    assertThat(api.get("/api/leads/" + leadId + "/timeline?limit=1001", ADMIN).statusCode()).isEqualTo(400);
    HttpResponse<String> badCursor = api.get("/api/leads/" + leadId + "/timeline?cursor=nonsense", ADMIN);
    assertThat(badCursor.statusCode()).isEqualTo(400);
    assertThat(fields(read(badCursor.body()))).containsExactly("cursor");
  }

  @Test
  void controlCharactersInARequestBodyFieldAreA400NamingIt() {
    String leadId = ProcessScenario.newLeadId();
    assertThat(post(mql(leadId)).statusCode()).isEqualTo(202);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(leadId).singleResult().getId();

    HttpResponse<String> response = api.post("/api/handoffs/" + taskId + "/sla/pause", "{\"reason\":\"waiting\\u0000\"}", ADMIN);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fields(read(response.body()))).containsExactly("reason");
  }
}
