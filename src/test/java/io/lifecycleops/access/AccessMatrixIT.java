package io.lifecycleops.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, as one table: every {@code /api} endpoint x every kind of caller -> the status
 * they get, on PostgreSQL with the demo roster. Every refused call is checked to have changed
 * nothing in the database.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.forward-headers-strategy=native")
class AccessMatrixIT {

  /** The kinds of caller, as the access model names them. */
  enum Who { ANONYMOUS, REP, REP_OF_ANOTHER_GROUP, MANAGER, MANAGER_OF_ANOTHER_TEAM, INTEGRATION, ADMIN }

  /** One fixture per call: the things the call names and the users who play each part. */
  record Fixture(Map<String, String> ids, Map<Who, String> users) {}

  /** One endpoint: how to call it on a fixture, and the status each kind of caller gets. */
  record Row(String method, String pattern, String body, boolean changesState, Function<AccessMatrixIT, Fixture> fixture,
      Map<Who, Integer> expected) {}

  private static Map<Who, Integer> expect(int anonymous, int rep, int otherRep, int manager, int otherManager, int integration,
      int admin) {
    Map<Who, Integer> statuses = new EnumMap<>(Who.class);
    statuses.put(Who.ANONYMOUS, anonymous);
    statuses.put(Who.REP, rep);
    statuses.put(Who.REP_OF_ANOTHER_GROUP, otherRep);
    statuses.put(Who.MANAGER, manager);
    statuses.put(Who.MANAGER_OF_ANOTHER_TEAM, otherManager);
    statuses.put(Who.INTEGRATION, integration);
    statuses.put(Who.ADMIN, admin);
    return statuses;
  }

  static final String PAUSE = "{\"reason\":\"waiting for the customer's IT\"}";

  /** The access model, endpoint by endpoint. */
  static final List<Row> MATRIX = List.of(
      new Row("POST", "/api/events", "{mql}", true, AccessMatrixIT::sharedLead, expect(401, 403, 403, 403, 403, 202, 202)),
      new Row("GET", "/api/leads/{leadId}/timeline", null, false, AccessMatrixIT::sharedLead, expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("GET", "/api/leads/{leadId}/decisions", null, false, AccessMatrixIT::sharedLead, expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("GET", "/api/accounts/{id}", null, false, AccessMatrixIT::sharedAccount, expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("GET", "/api/accounts/{id}/timeline", null, false, AccessMatrixIT::sharedAccount,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("GET", "/api/accounts/{id}/decisions", null, false, AccessMatrixIT::sharedAccount,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("PUT", "/api/accounts/{id}/owner", "{\"owner\":\"maya\",\"reason\":\"strategic account\"}", true,
          AccessMatrixIT::accountFixture, expect(401, 403, 404, 200, 404, 403, 200)),
      new Row("POST", "/api/accounts/{accountId}/milestones/{milestone}", "{}", true, AccessMatrixIT::accountFixture,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("POST", "/api/accounts/{id}/support-handoffs", "{\"issue\":\"SSO login loops for the finance team\"}", true,
          AccessMatrixIT::accountFixture, expect(401, 201, 404, 201, 404, 403, 201)),
      new Row("POST", "/api/opportunities", "{deal}", true, AccessMatrixIT::sharedLead, expect(401, 201, 201, 201, 201, 403, 201)),
      new Row("GET", "/api/opportunities/{id}", null, false, AccessMatrixIT::opportunityFixture,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("POST", "/api/opportunities/{id}/closed-won", "{package}", true, AccessMatrixIT::opportunityFixture,
          expect(401, 202, 404, 202, 404, 403, 202)),
      new Row("GET", "/api/handoffs/{taskId}/sla", null, false, AccessMatrixIT::sharedLead, expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("POST", "/api/handoffs/{taskId}/sla/pause", PAUSE, true, AccessMatrixIT::leadFixture,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("POST", "/api/handoffs/{taskId}/sla/resume", "", true, AccessMatrixIT::pausedLeadFixture,
          expect(401, 200, 404, 200, 404, 403, 200)),
      new Row("GET", "/api/metrics/funnel", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/metrics/cycle-times", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/metrics/sla", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/metrics/retention", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/metrics/forecast", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/metrics/stuck", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 200, 200, 403, 200)),
      new Row("GET", "/api/operating-model", null, false, AccessMatrixIT::sharedLead, expect(401, 200, 200, 200, 200, 200, 200)),
      new Row("POST", "/api/admin/sla/recompute", "", false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 403, 403, 403, 200)),
      new Row("GET", "/api/admin/sla/recomputations", null, false, AccessMatrixIT::sharedLead, expect(401, 403, 403, 403, 403, 403, 200)),
      new Row("GET", "/api/admin/sla/recomputations/{id}", null, false, AccessMatrixIT::cancelledRecomputation,
          expect(401, 403, 403, 403, 403, 403, 200)),
      new Row("POST", "/api/admin/sla/recomputations/{id}/resume", "", true, AccessMatrixIT::cancelledRecomputation,
          expect(401, 403, 403, 403, 403, 403, 202)),
      new Row("POST", "/api/admin/sla/recomputations/{id}/cancel", "", true, AccessMatrixIT::cancelledRecomputation,
          expect(401, 403, 403, 403, 403, 403, 409)));

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired AccountDirectory accounts;
  @Autowired Opportunities opportunities;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  ApiClient api;

  private static Fixture lead;
  private static Fixture account;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void theMatrixCoversEveryApiEndpoint() {
    Set<String> endpoints = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + p))));
    Set<String> covered = new TreeSet<>();
    MATRIX.forEach(row -> covered.add(row.method() + " " + row.pattern()));
    assertThat(covered).isEqualTo(endpoints);
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointAnswersEveryKindOfCallerAsTheAccessModelSays() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Row row : MATRIX) {
      for (Who who : Who.values()) {
        int expected = row.expected().get(who);
        cases.add(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + who + " -> " + expected,
            () -> call(row, who, expected)));
      }
    }
    return cases.stream();
  }

  private void call(Row row, Who who, int expected) throws Exception {
    boolean allowed = expected < 300;
    Fixture fixture = row.fixture().apply(this);
    String path = row.pattern();
    for (var id : fixture.ids().entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    if (path.startsWith("/api/metrics/")) {
      path += "?from=2026-01-01&to=2026-12-31&currency=EUR";   // what every metric needs; the others ignore it
    }
    String body = row.body() == null ? null : row.body()
        .replace("{mql}", ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId())))
        .replace("{package}", closedWonPackage())
        .replace("{deal}", newDeal());
    String user = fixture.users().get(who);
    String authorization = user == null ? null : ApiClient.basic(user, user);
    settle();
    String before = databaseState();

    HttpResponse<String> response = switch (row.method()) {
      case "GET" -> api.get(path, authorization);
      case "PUT" -> api.put(path, body, authorization);
      default -> api.post(path, body, authorization);
    };

    assertThat(response.statusCode()).as("%s %s as %s (%s): %s", row.method(), path, who, user, response.body())
        .isEqualTo(expected);
    if (!allowed) {
      assertThat(databaseState()).as("a refused call changes nothing").isEqualTo(before);
      JsonNode problem = json.readTree(response.body());
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(problem.get("status").asInt()).isEqualTo(expected);
      assertThat(problem.get("detail").asText()).isNotBlank();
      if (expected == 403) {
        assertThat(problem.get("missingPermission").asText()).as("a 403 names the missing permission").isNotBlank();
      }
    } else if (!row.changesState()) {
      assertThat(databaseState()).isEqualTo(before);
    }
  }

  @Test
  void aThingTheCallerMayNotSeeLooksExactlyLikeOneThatDoesNotExist() throws Exception {
    Fixture shared = sharedLead(this);
    String leadId = shared.ids().get("leadId");
    HttpResponse<String> hidden = api.get("/api/leads/" + leadId + "/timeline", ApiClient.basic("amy", "amy"));
    HttpResponse<String> missing = api.get("/api/leads/L-does-not-exist/timeline", ApiClient.basic("demo", "demo"));

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    JsonNode a = json.readTree(hidden.body().replace(leadId, "X"));
    JsonNode b = json.readTree(missing.body().replace("L-does-not-exist", "X"));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aRepSeesTheLeadTheyAreAssignedAndTheirGroupsQueueButNotOtherRegions() {
    Fixture shared = sharedLead(this);
    Task task = tasks.createTaskQuery().taskId(shared.ids().get("taskId")).singleResult();
    String leadId = shared.ids().get("leadId");
    for (String emeaSdr : List.of("emma", "elias", "eva")) {
      assertThat(api.get("/api/leads/" + leadId + "/timeline", ApiClient.basic(emeaSdr, emeaSdr)).statusCode())
          .as("%s (assignee %s)", emeaSdr, task.getAssignee()).isEqualTo(200);
    }
    for (String other : List.of("amy", "priya", "ethan", "chloe")) {
      assertThat(api.get("/api/leads/" + leadId + "/timeline", ApiClient.basic(other, other)).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aUserWhoIsNeitherRepNorManagerNorIntegrationIsRefusedEverywhere() throws Exception {
    // ivan is only in executive-sponsors, which the raci table merely keeps informed.
    String ivan = ApiClient.basic("ivan", "ivan");
    Fixture shared = sharedLead(this);
    String before = databaseState();

    HttpResponse<String> read = api.get("/api/leads/" + shared.ids().get("leadId") + "/timeline", ivan);
    HttpResponse<String> post = api.post("/api/events",
        ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId())), ivan);

    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(json.readTree(read.body()).get("missingPermission").asText()).isEqualTo("leads:read");
    assertThat(databaseState()).isEqualTo(before);
  }

  @Test
  void anIntegrationClientPostsOnlyTheEventTypesItIsConfiguredFor() throws Exception {
    String marketing = ApiClient.basic("marketing", "marketing");
    HttpResponse<String> lead = api.post("/api/events",
        ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId())), marketing);
    String closedWonId = "evt-" + UUID.randomUUID();
    String closedWon = ApiClient.event("opportunity.closed_won", Map.of("accountId", "acct-x")).replaceFirst(
        "\"id\":\"[^\"]+\"", "\"id\":\"" + closedWonId + "\"");
    String before = databaseState();

    HttpResponse<String> refused = api.post("/api/events", closedWon, marketing);

    assertThat(lead.statusCode()).as(lead.body()).isEqualTo(202);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).get("missingPermission").asText()).isEqualTo("events:post:opportunity.closed_won");
    assertThat(databaseState()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from inbound_event where id = ?", Integer.class, closedWonId)).isZero();
  }

  @Test
  void stateChangingCallsAcceptOnlyJsonSoNoPageElsewhereCanTriggerThem() throws Exception {
    Fixture fresh = leadFixture(this);
    String taskId = fresh.ids().get("taskId");
    String before = databaseState();

    HttpResponse<String> formPost = api.send("POST", "/api/handoffs/" + taskId + "/sla/pause", "reason=because",
        "application/x-www-form-urlencoded", ApiClient.basic("demo", "demo"));
    HttpResponse<String> textPost = api.send("POST", "/api/events",
        ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId())), "text/plain",
        ApiClient.basic("crm", "crm"));
    HttpResponse<String> bodyless = api.send("POST", "/api/admin/sla/recompute?dryRun=false", null, null,
        ApiClient.basic("demo", "demo"));

    assertThat(List.of(formPost.statusCode(), textPost.statusCode(), bodyless.statusCode())).containsOnly(415);
    assertThat(json.readTree(formPost.body()).get("title").asText()).isEqualTo("Unsupported media type");
    assertThat(databaseState()).isEqualTo(before);
  }

  @Test
  void failedLoginsAreThrottledPerAddressYetTheirVictimLogsInWithinAMinute() {
    String stranger = "203.0.113.7";
    String victimsDesk = "198.51.100.9";
    String wrong = ApiClient.basic("alex", "guess");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      statuses.add(api.send("GET", "/api/leads/L-1/timeline", null, null, wrong, stranger).statusCode());
    }
    HttpResponse<String> throttled = api.send("GET", "/engine-rest/task", null, null, ApiClient.basic("alex", "alex"), stranger);

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 15)).containsOnly(429);
    assertThat(throttled.statusCode()).as("the address waits on every way in").isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    // Camunda's own lockout holds alex for at most 30 s after the last failure; polling slowly keeps her desk under the limit.
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(api.send("GET", "/api/leads/L-1/timeline", null, null, ApiClient.basic("alex", "alex"), victimsDesk)
            .statusCode()).isIn(200, 404));
  }

  @Test
  void theApiDescribesItselfWithWhoMayCallEachEndpointAndItsProblems() throws Exception {
    HttpResponse<String> document = api.get("/v3/api-docs", null);
    HttpResponse<String> swaggerUi = api.get("/swagger-ui/index.html", null);

    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode paths = json.readTree(document.body()).get("paths");
    for (Row row : MATRIX) {
      JsonNode operation = paths.path(row.pattern()).path(row.method().toLowerCase());
      assertThat(operation.isMissingNode()).as("%s %s is documented", row.method(), row.pattern()).isFalse();
      assertThat(operation.path("x-permission").asText()).as("%s %s names its permission", row.method(), row.pattern())
          .isNotBlank();
      assertThat(operation.path("description").asText()).contains("Who may call it");
      assertThat(operation.path("responses").has("403")).isTrue();
    }
    assertThat(paths.path("/api/events").path("post").path("requestBody").path("content").path("application/json")
        .path("schema").path("$ref").asText()).endsWith("/CloudEvent");
    assertThat(swaggerUi.statusCode()).isEqualTo(200);
  }

  // ---- fixtures ----

  /** A new HOT EMEA lead, its "Qualify lead" task in sdr-emea. */
  static Fixture leadFixture(AccessMatrixIT it) {
    String leadId = ProcessScenario.newLeadId();
    HttpResponse<String> accepted = it.api.post("/api/events", ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(leadId)),
        ApiClient.basic("crm", "crm"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    Task task = it.tasks.createTaskQuery().processInstanceBusinessKey(leadId).singleResult();
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("leadId", leadId);
    ids.put("taskId", task.getId());
    return new Fixture(ids, users("emma", "amy", "sofia", "victor"));
  }

  /** An SLA recomputation an admin cancelled: the users are the shared lead's. */
  static Fixture cancelledRecomputation(AccessMatrixIT it) {
    String id = UUID.randomUUID().toString();
    it.jdbc.update("insert into sla_recomputation (id, requested_by, requested_at, status, finished_at) values"
        + " (?, 'demo', current_timestamp, 'CANCELLED', current_timestamp)", id);
    Fixture shared = sharedLead(it);
    return new Fixture(Map.of("id", id), shared.users());
  }

  static Fixture pausedLeadFixture(AccessMatrixIT it) {
    Fixture fixture = leadFixture(it);
    HttpResponse<String> paused = it.api.post("/api/handoffs/" + fixture.ids().get("taskId") + "/sla/pause", PAUSE,
        ApiClient.basic("demo", "demo"));
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
    return fixture;
  }

  static Fixture sharedLead(AccessMatrixIT it) {
    if (lead == null) {
      lead = leadFixture(it);
    }
    return lead;
  }

  /** A won ENTERPRISE account in onboarding, transferred to its CSM (the owner), waiting on "Accept account". */
  static Fixture accountFixture(AccessMatrixIT it) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> data = new LinkedHashMap<>(EventData.closedWon(accountId));
    HttpResponse<String> won = it.api.post("/api/events", ApiClient.event("opportunity.closed_won", data),
        ApiClient.basic("crm", "crm"));
    assertThat(won.statusCode()).as(won.body()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> it.tasks.createTaskQuery().processInstanceBusinessKey(accountId)
        .processDefinitionKey(ClosedWonToOnboardingProcess.KEY).taskCandidateGroup("cs-enterprise").includeAssignedTasks()
        .count() == 1 && it.management.createJobQuery().executable().count() == 0);
    String owner = it.accounts.byId(accountId).orElseThrow().owner();
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("id", accountId);
    ids.put("accountId", accountId);
    ids.put("milestone", "technical-setup");
    return new Fixture(ids, users(owner, "amy", "victor", "sofia"));
  }

  static Fixture sharedAccount(AccessMatrixIT it) {
    if (account == null) {
      account = accountFixture(it);
    }
    return account;
  }

  /** An open opportunity of noah's, opened by a lead process (so the lead process's managers manage it). */
  static Fixture opportunityFixture(AccessMatrixIT it) {
    Fixture leadOfIt = leadFixture(it);
    String processInstanceId = it.tasks.createTaskQuery().taskId(leadOfIt.ids().get("taskId")).singleResult()
        .getProcessInstanceId();
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    it.accounts.ensure(accountId, "Initech " + accountId, "MID_MARKET", "AMER");
    it.accounts.claimIfUnowned(accountId, "noah");
    var opportunity = it.opportunities.open(accountId, leadOfIt.ids().get("leadId"), "Initech", "noah", processInstanceId);
    return new Fixture(Map.of("id", opportunity.id()), users("noah", "amy", "liam", "victor"));
  }

  private static Map<Who, String> users(String rep, String otherRep, String manager, String otherManager) {
    Map<Who, String> users = new EnumMap<>(Who.class);
    users.put(Who.REP, rep);
    users.put(Who.REP_OF_ANOTHER_GROUP, otherRep);
    users.put(Who.MANAGER, manager);
    users.put(Who.MANAGER_OF_ANOTHER_TEAM, otherManager);
    users.put(Who.INTEGRATION, "crm");
    users.put(Who.ADMIN, "demo");
    return users;
  }

  private String closedWonPackage() {
    Map<String, Object> data = EventData.closedWon("ignored");
    data.remove("accountId");
    data.remove("opportunityId");
    data.remove("accountExecutive");
    data.put("segment", "MID_MARKET");
    data.put("country", "US");
    try {
      return json.writeValueAsString(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A deal the caller sourced, on an account nobody owns yet. */
  private String newDeal() {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    return "{\"accountId\":\"" + accountId + "\",\"accountName\":\"Globex " + accountId + "\",\"name\":\"Globex rollout\","
        + "\"amount\":25000,\"currency\":\"USD\",\"closeDate\":\"2027-05-31\",\"segment\":\"MID_MARKET\",\"country\":\"US\"}";
  }

  /** Waits until the job executor has run what earlier calls left for it (e.g. the async transfer to a CSM). */
  private void settle() {
    await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery().executable().count() == 0
        && jdbc.queryForObject("select count(*) from sla_recomputation where status = 'RUNNING'", Integer.class) == 0);
  }

  /** Everything a call could change: our tables and the engine's runtime state. */
  private String databaseState() {
    return jdbc.queryForObject("select concat_ws(' | ',"
        + " (select count(*) from lifecycle_event), (select count(*) from inbound_event),"
        + " (select count(*) from ownership_change), (select count(*) from contract),"
        + " (select string_agg(id || '=' || status, ',' order by id) from sla_recomputation),"
        + " (select string_agg(id || '=' || coalesce(owner, '-') || '/' || coalesce(stage, '-'), ',' order by id) from account),"
        + " (select string_agg(id || '=' || stage, ',' order by id) from opportunity),"
        + " (select count(*) || '/' || coalesce(sum(rev_), 0) from act_ru_task),"
        + " (select count(*) || '/' || coalesce(sum(rev_), 0) from act_ru_variable),"
        + " (select count(*) || '/' || coalesce(sum(rev_), 0) from act_ru_job),"
        + " (select count(*) from act_ru_execution))", String.class);
  }
}
