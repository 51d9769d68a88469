package io.lifecycleops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Support and conversation signals over HTTP on PostgreSQL: what the account shows, bad input, repeats and access. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalsApiIT {

  static final String DESK = ApiClient.basic("crm", "crm");
  static final String ADMIN = ApiClient.basic("demo", "demo");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private String customer(ApiClient api) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.post("/api/events", ApiClient.event("opportunity.closed_won", EventData.closedWon(accountId)), DESK)
        .statusCode()).isEqualTo(202);
    return accountId;
  }

  private static String hoursAgo(long hours) {
    return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private HttpResponse<String> post(ApiClient api, String type, Map<String, Object> data) {
    return api.post("/api/events", CloudEvents.event(type, data).toString(), DESK);
  }

  private int stored() {
    return jdbc.queryForObject("select (select count(*) from support_ticket_update) + (select count(*) from conversation_message)",
        Integer.class);
  }

  @Test
  void ticketsAndMessagesShowUnderTheAccountsSignals() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);
    for (String status : List.of("OPENED", "REOPENED", "ESCALATED", "REOPENED")) {
      HttpResponse<String> sent = post(api, "support.ticket", Map.of("accountId", accountId, "ticketId", "T-1",
          "status", status, "priority", "HIGH", "subject", "Exports fail", "at", hoursAgo(48)));
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    }
    post(api, "conversation.message", Map.of("accountId", accountId, "conversationId", "C-1", "direction", "OUTBOUND",
        "from", "csm@lifecycleops.io", "at", hoursAgo(30)));
    post(api, "conversation.message", Map.of("accountId", accountId, "conversationId", "C-1", "direction", "INBOUND",
        "from", "it@customer.example", "at", hoursAgo(20), "sentiment", -0.6));

    JsonNode signals = json.readTree(api.get("/api/accounts/" + accountId, ADMIN).body()).get("signals");

    assertThat(signals.get("reopenings").asInt()).isEqualTo(2);
    assertThat(signals.get("escalations").asInt()).isEqualTo(1);
    assertThat(signals.get("openTickets").asInt()).isEqualTo(1);
    assertThat(signals.get("customerReplyHours").asDouble()).isEqualTo(10.0);
    assertThat(signals.get("unansweredThreads").asInt()).isZero();
    assertThat(signals.get("sentiment").asDouble()).isEqualTo(-0.6);
    JsonNode timeline = json.readTree(api.get("/api/accounts/" + accountId + "/timeline", ADMIN).body());
    assertThat(timeline.findValuesAsText("type")).contains("SIGNALS_CHANGED");
  }

  @Test
  void badSignalsAreRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);
    int before = stored();

    Map<String, Object> ticket = new LinkedHashMap<>();
    ticket.put("accountId", accountId);
    ticket.put("status", "CLOSED");
    ticket.put("at", Instant.now().plus(2, ChronoUnit.DAYS).toString());
    HttpResponse<String> badTicket = post(api, "support.ticket", ticket);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("accountId", "acct-nobody-knows");
    message.put("conversationId", "C-1");
    message.put("direction", "SIDEWAYS");
    message.put("at", "yesterday");
    message.put("sentiment", 2);
    HttpResponse<String> badMessage = post(api, "conversation.message", message);

    assertThat(badTicket.statusCode()).isEqualTo(400);
    assertThat(fields(badTicket)).containsExactlyInAnyOrder("data.ticketId", "data.status", "data.at");
    assertThat(badMessage.statusCode()).isEqualTo(400);
    assertThat(fields(badMessage)).containsExactlyInAnyOrder("data.accountId", "data.direction", "data.at", "data.sentiment");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aRepeatedSignalIsStoredOnceAndRepsDoNotPostSignals() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);
    String event = CloudEvents.event("support.ticket", Map.of("accountId", accountId, "ticketId", "T-7", "status", "OPENED",
        "at", hoursAgo(1))).toString();
    int before = stored();

    HttpResponse<String> first = api.post("/api/events", event, DESK);
    HttpResponse<String> again = api.post("/api/events", event, DESK);
    HttpResponse<String> rep = api.post("/api/events", CloudEvents.event("support.ticket", Map.of("accountId", accountId,
        "ticketId", "T-8", "status", "OPENED", "at", hoursAgo(1))).toString(), ApiClient.basic("chloe", "chloe"));

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));
    assertThat(rep.statusCode()).isEqualTo(403);
    assertThat(stored()).isEqualTo(before + 1);
  }

  @Test
  void anIssueHandedToSupportIsOneHandoffAndABadOneStartsNothing() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = customer(api);
    // Onboarding's own tasks may still be appearing (asynchronous steps): count only what a hand-over would start.
    String handovers = "select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null"
        + " and proc_def_id_ like 'support-handoff:%'";
    int before = jdbc.queryForObject(handovers, Integer.class, accountId);

    HttpResponse<String> refused = api.post("/api/accounts/" + accountId + "/support-handoffs", "{\"details\":\"no issue\"}", ADMIN);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("issue");
    assertThat(jdbc.queryForObject(handovers, Integer.class, accountId)).isEqualTo(before);

    HttpResponse<String> handed = api.post("/api/accounts/" + accountId + "/support-handoffs",
        "{\"issue\":\"SSO login loops for the finance team\",\"details\":\"Since Friday\"}", ADMIN);
    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(201);
    String taskId = json.readTree(handed.body()).get("handoffTaskId").asText();
    assertThat(handed.headers().firstValue("Location")).hasValue("/api/handoffs/" + taskId + "/sla");
    JsonNode sla = json.readTree(api.get("/api/handoffs/" + taskId + "/sla", ADMIN).body());
    assertThat(sla.toString()).contains("ACCEPT_CUSTOMER_ISSUE");
    assertThat(jdbc.queryForObject(handovers, Integer.class, accountId)).isEqualTo(before + 1);
  }

  private List<String> fields(HttpResponse<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    json.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
