package io.lifecycleops.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.onboarding.ClosedWonEventHandler;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Renewal and expansion events over HTTP, with their validation, and what the account shows. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenewalAndExpansionApiIT {

  static final String DEMO = ApiClient.basic("demo", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  private String event(String type, Map<String, ?> data) {
    return ApiClient.event(type, data);
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private String customer(ApiClient api) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> won = api.postEvent(event(ClosedWonEventHandler.TYPE, EventData.closedWon(accountId, "ENTERPRISE", 120000)));
    assertThat(won.statusCode()).as(won.body()).isEqualTo(202);
    return accountId;
  }

  @Test
  void accountShowsItsSleepingRenewalAndAnOpenExpansion() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);
    assertThat(api.postEvent(event("account.health", Map.of("accountId", accountId, "usageTrend", "UP", "nps", 50))).statusCode())
        .isEqualTo(202);
    HttpResponse<String> signal = api.postEvent(event("usage.signal", Map.of("accountId", accountId, "signal", "NEW_TEAM")));
    assertThat(body(signal).get("status").asText()).isEqualTo("STARTED");

    JsonNode lifecycle = body(api.get("/api/accounts/" + accountId, DEMO)).get("lifecycle");
    JsonNode renewal = lifecycle.get("openRenewals").get(0);
    assertThat(renewal.get("termEnd").asText()).isEqualTo("2027-11-30");
    assertThat(renewal.get("windowOpensAt").asText()).isEqualTo("2027-08-02T00:00:00Z");
    assertThat(renewal.get("windowOpen").asBoolean()).isFalse();
    JsonNode expansion = lifecycle.get("openExpansions").get(0);
    assertThat(expansion.get("play").asText()).isEqualTo("CROSS_SELL");
    assertThat(expansion.get("ownerRole").asText()).isEqualTo("AM");
  }

  @Test
  void badRenewalAndHealthEventsNameTheirFields() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);

    HttpResponse<String> renewal = api.postEvent(event("renewal.closed",
        Map.of("accountId", accountId, "contractId", "ctr-nope", "outcome", "MAYBE")));
    HttpResponse<String> renewedWithoutArr = api.postEvent(event("renewal.closed",
        Map.of("accountId", accountId, "contractId", "ctr-nope", "outcome", "RENEWED")));
    HttpResponse<String> health = api.postEvent(event("account.health",
        Map.of("accountId", "acct-unknown", "usageTrend", "SIDEWAYS", "nps", 300, "openEscalations", -1, "latestNpsAnswer", 11)));

    assertThat(renewal.statusCode()).isEqualTo(400);
    assertThat(fields(body(renewal))).containsExactlyInAnyOrder("data.contractId", "data.outcome");
    assertThat(fields(body(renewedWithoutArr))).contains("data.renewedArr", "data.newTermEnd");
    assertThat(health.statusCode()).isEqualTo(400);
    assertThat(fields(body(health))).containsExactlyInAnyOrder("data.accountId", "data.usageTrend", "data.nps", "data.openEscalations",
        "data.latestNpsAnswer");
  }

  @Test
  void badExpansionEventsNameTheirFields() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);

    HttpResponse<String> signal = api.postEvent(event("usage.signal", Map.of("accountId", accountId, "signal", "VIBES")));
    HttpResponse<String> request = api.postEvent(event("expansion.request", Map.of("accountId", "acct-unknown")));
    HttpResponse<String> closed = api.postEvent(event("expansion.closed", Map.of("accountId", accountId, "outcome", "WON")));
    HttpResponse<String> nothingOpen = api.postEvent(event("expansion.closed", Map.of("accountId", accountId, "outcome", "LOST")));

    assertThat(fields(body(signal))).containsExactly("data.signal");
    assertThat(fields(body(request))).containsExactlyInAnyOrder("data.accountId", "data.requestedBy");
    assertThat(fields(body(closed))).containsExactly("data.amount");
    assertThat(nothingOpen.statusCode()).isEqualTo(202);
    assertThat(body(nothingOpen).get("status").asText()).isEqualTo("NO_OPEN_EXPANSION_OPPORTUNITY");
  }
}
