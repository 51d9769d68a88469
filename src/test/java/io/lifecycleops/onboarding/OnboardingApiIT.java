package io.lifecycleops.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Closed-won, milestones and the account API over HTTP, on PostgreSQL. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnboardingApiIT {

  static final String DEMO = ApiClient.basic("demo", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired Opportunities opportunities;
  @Autowired AccountDirectory accounts;
  @Autowired ManagementService management;

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private String event(String type, Map<String, ?> data) {
    return ApiClient.event(type, data);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void closedWonStartsOnboardingAndTheAccountShowsItsOwnerStageAndOpenHandoffs() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> data = ClosedWonToOnboardingProcessTest.completeEnterprisePackage(accountId);
    data.remove("economicBuyer");

    HttpResponse<String> accepted = api.postEvent(event(ClosedWonEventHandler.TYPE, data));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode account = body(api.get("/api/accounts/" + accountId, DEMO));
    assertThat(account.get("owner").asText()).isEqualTo("ethan");
    assertThat(account.get("stage").asText()).isEqualTo("CLOSED_WON");
    assertThat(account.get("segment").asText()).isEqualTo("ENTERPRISE");
    JsonNode open = account.get("openHandoffs");
    assertThat(open).hasSize(1);
    assertThat(open.get(0).get("handoff").asText()).isEqualTo("COMPLETE_HANDOFF_PACKAGE");
    assertThat(open.get(0).get("assignee").asText()).isEqualTo("ethan");
    assertThat(open.get(0).get("dueAt").isNull()).isFalse();
    assertThat(body(api.get("/api/accounts/" + accountId + "/timeline", DEMO)).findValuesAsText("type"))
        .contains("STAGE_ENTERED", "REVENUE", "HANDOFF_SENT", "SLA_STARTED");
  }

  @Test
  void badClosedWonIsRejectedNamingEveryFieldAndNothingStarts() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> data = ClosedWonToOnboardingProcessTest.completeEnterprisePackage(accountId);
    data.put("arr", -5);
    data.put("currency", "euro");
    data.put("termEnd", "2026-01-01");
    data.put("segment", "HUGE");
    data.put("seats", 0);
    data.put("accountExecutive", "nobody-here");

    HttpResponse<String> rejected = api.postEvent(event(ClosedWonEventHandler.TYPE, data));

    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(fields(body(rejected))).containsExactlyInAnyOrder("data.arr", "data.currency", "data.termEnd", "data.segment",
        "data.seats", "data.accountExecutive");
    assertThat(accounts.byId(accountId)).isEmpty();
    assertThat(api.get("/api/accounts/" + accountId, DEMO).statusCode()).isEqualTo(404);
  }

  @Test
  void milestoneEventsNeedTheirFieldsAndSayWhenNoOnboardingRuns() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> noUsers = api.postEvent(event("onboarding.first_value", Map.of("accountId", "acct-x")));
    assertThat(noUsers.statusCode()).isEqualTo(400);
    assertThat(fields(body(noUsers))).containsExactly("data.activeUsers");

    HttpResponse<String> nobody = api.postEvent(event("onboarding.technical_setup_done", Map.of("accountId", "acct-without-onboarding")));
    assertThat(nobody.statusCode()).isEqualTo(202);
    assertThat(body(nobody).get("status").asText()).isEqualTo(EventStatus.KEPT_UNTIL_ONBOARDING.name());
  }

  @Test
  void opportunityFromTheLeadProcessIsClosedWonOnceThroughItsEndpoint() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensure(accountId, "Umbrella", null, null);
    accounts.claimIfUnowned(accountId, "olivia");
    var opportunity = opportunities.open(accountId, "L-1", "Umbrella", "olivia", null);
    Map<String, Object> payload = ClosedWonToOnboardingProcessTest.completeEnterprisePackage(accountId);
    payload.remove("accountId");
    payload.remove("opportunityId");
    payload.remove("accountExecutive");
    String body = json.writeValueAsString(payload);

    HttpResponse<String> first = api.post("/api/opportunities/" + opportunity.id() + "/closed-won", body, DEMO);
    HttpResponse<String> again = api.post("/api/opportunities/" + opportunity.id() + "/closed-won", body, DEMO);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(body(again)).isEqualTo(body(first));
    assertThat(opportunities.byId(opportunity.id()).orElseThrow().stage()).isEqualTo("CLOSED_WON");
    assertThat(api.post("/api/opportunities/nope/closed-won", body, DEMO).statusCode()).isEqualTo(404);
  }

  @Test
  void ownerChangeFromAStaleViewIsAConflictAndBadInputNamesTheField() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensure(accountId, "Hooli", "SMB", "AMER");
    accounts.claimIfUnowned(accountId, "noah");

    HttpResponse<String> moved = api.put("/api/accounts/" + accountId + "/owner",
        "{\"owner\":\"sam\",\"expectedOwner\":\"noah\",\"reason\":\"tech-touch pool\"}", DEMO);
    HttpResponse<String> stale = api.put("/api/accounts/" + accountId + "/owner",
        "{\"owner\":\"tara\",\"expectedOwner\":\"noah\",\"reason\":\"also mine\"}", DEMO);
    HttpResponse<String> invalid = api.put("/api/accounts/" + accountId + "/owner", "{\"owner\":\"ghost\"}", DEMO);
    HttpResponse<String> tooLong = api.put("/api/accounts/" + accountId + "/owner",
        "{\"owner\":\"tara\",\"reason\":\"" + "r".repeat(1001) + "\"}", DEMO);

    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(body(moved).get("owner").asText()).isEqualTo("sam");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(fields(body(invalid))).containsExactlyInAnyOrder("owner", "reason");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(fields(body(tooLong))).containsExactly("reason");
    assertThat(accounts.byId(accountId).orElseThrow().owner()).isEqualTo("sam");
  }
}
