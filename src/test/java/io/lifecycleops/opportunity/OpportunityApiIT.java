package io.lifecycleops.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
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

/** Deals over HTTP on PostgreSQL: an AE opens and reads one, the CRM creates and moves them, bad input and access. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpportunityApiIT {

  static final String OLIVIA = ApiClient.basic("olivia", "olivia");
  static final String NOAH = ApiClient.basic("noah", "noah");
  static final String LIAM = ApiClient.basic("liam", "liam");
  static final String CRM = ApiClient.basic("crm", "crm");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static Map<String, Object> deal(String accountId) {
    Map<String, Object> deal = new LinkedHashMap<>();
    deal.put("accountId", accountId);
    deal.put("accountName", "Initrode " + accountId);
    deal.put("name", "Initrode analytics");
    deal.put("amount", 48000);
    deal.put("currency", "EUR");
    deal.put("closeDate", "2027-06-30");
    deal.put("segment", "ENTERPRISE");
    deal.put("country", "DE");
    return deal;
  }

  private static String newAccount() {
    return "acct-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private int opportunityCount() {
    return jdbc.queryForObject("select count(*) from opportunity", Integer.class);
  }

  @Test
  void anAeOpensADealTheySourcedAndThoseWhoMaySeeItReadIt() throws Exception {
    ApiClient api = new ApiClient(port);

    HttpResponse<String> created = api.post("/api/opportunities", json.writeValueAsString(deal(newAccount())), OLIVIA);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode opened = body(created);
    String id = opened.get("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/opportunities/" + id);
    assertThat(opened.get("owner").asText()).isEqualTo("olivia");
    assertThat(opened.get("stage").asText()).isEqualTo("DISCOVERY");
    assertThat(opened.get("forecastCategory").asText()).isEqualTo("PIPELINE");
    assertThat(opened.get("criteriaMissing")).extracting(JsonNode::asText).containsExactly("pain", "champion", "decisionProcess");
    assertThat(opened.get("stageHistory")).hasSize(1);

    assertThat(api.get("/api/opportunities/" + id, OLIVIA).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/opportunities/" + id, LIAM).statusCode()).as("a sales manager").isEqualTo(200);
    HttpResponse<String> stranger = api.get("/api/opportunities/" + id, NOAH);
    assertThat(stranger.statusCode()).as("another team's AE does not learn it exists").isEqualTo(404);
  }

  @Test
  void aBadDealIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
    ApiClient api = new ApiClient(port);
    Map<String, Object> deal = deal(newAccount());
    deal.put("amount", -1);
    deal.put("currency", "euro");
    deal.put("closeDate", "soon");
    deal.put("segment", "HUGE");
    deal.remove("name");
    int before = opportunityCount();

    HttpResponse<String> refused = api.post("/api/opportunities", json.writeValueAsString(deal), OLIVIA);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(body(refused))).containsExactlyInAnyOrder("name", "amount", "currency", "closeDate", "segment");
    assertThat(opportunityCount()).isEqualTo(before);
  }

  @Test
  void aRepOpensDealsOnlyForThemselvesAndOnlyOnAccountsTheyOwn() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = newAccount();
    Map<String, Object> forNoah = deal(accountId);
    forNoah.put("owner", "noah");
    int before = opportunityCount();

    HttpResponse<String> forbidden = api.post("/api/opportunities", json.writeValueAsString(forNoah), OLIVIA);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(body(forbidden).get("missingPermission").asText()).isEqualTo("opportunities:create");
    assertThat(opportunityCount()).isEqualTo(before);

    assertThat(api.post("/api/opportunities", json.writeValueAsString(deal(accountId)), OLIVIA).statusCode()).isEqualTo(201);
    HttpResponse<String> owned = api.post("/api/opportunities", json.writeValueAsString(deal(accountId)), NOAH);
    assertThat(owned.statusCode()).isEqualTo(400);
    assertThat(body(owned).get("errors").get(0).get("message").asText()).contains("must be olivia");

    Map<String, Object> withId = deal(newAccount());
    withId.put("opportunityId", accountId);
    HttpResponse<String> chosenId = api.post("/api/opportunities", json.writeValueAsString(withId), OLIVIA);
    assertThat(chosenId.statusCode()).as("a rep does not choose the id (it is the deal's business key)").isEqualTo(400);
    assertThat(fields(body(chosenId))).containsExactly("opportunityId");

    HttpResponse<String> integration = api.post("/api/opportunities", json.writeValueAsString(deal(newAccount())), CRM);
    assertThat(integration.statusCode()).as("integration clients send opportunity.created").isEqualTo(403);
  }

  @Test
  void theCrmCreatesAndMovesADealAndARepeatedMoveGetsTheSameAnswer() throws Exception {
    ApiClient api = new ApiClient(port);
    String id = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> created = deal(newAccount());
    created.put("opportunityId", id);
    created.put("owner", "olivia");
    HttpResponse<String> started = api.post("/api/events", CloudEvents.event("opportunity.created", created).toString(), CRM);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(body(started).get("status").asText()).isEqualTo("STARTED");

    String move = CloudEvents.event("opportunity.stage_changed",
        Map.of("opportunityId", id, "stage", "EVALUATION", "criteria", Map.of("pain", true))).toString();
    HttpResponse<String> stays = api.post("/api/events", move, CRM);
    assertThat(body(stays).get("status").asText()).isEqualTo("EXIT_CRITERIA_MISSING");
    assertThat(body(stays).get("missingCriteria")).extracting(JsonNode::asText).containsExactly("champion", "decisionProcess");
    HttpResponse<String> again = api.post("/api/events", move, CRM);
    assertThat(body(again).get("missingCriteria")).extracting(JsonNode::asText).containsExactly("champion", "decisionProcess");
    assertThat(body(api.get("/api/opportunities/" + id, OLIVIA)).get("stage").asText()).isEqualTo("DISCOVERY");

    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("opportunityId", id);
    bad.put("stage", "CLOSED_LOST");
    bad.put("criteria", Map.of("budget", true));
    HttpResponse<String> refused = api.post("/api/events", CloudEvents.event("opportunity.stage_changed", bad).toString(), CRM);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(fields(body(refused))).containsExactlyInAnyOrder("data.criteria.budget", "data.lostReason");
  }
}
