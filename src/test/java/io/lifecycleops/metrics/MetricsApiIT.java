package io.lifecycleops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.lead.LeadToOpportunityProcess.Elements;
import io.lifecycleops.lead.LeadToOpportunityProcess.Variables;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The metrics end to end on PostgreSQL: two leads and two customers go through the real processes (one lead becomes
 * an opportunity, one customer churns), and the funnel, SLA and retention answers say so; bad parameters are refused
 * naming them; CSV parses; only managers and admins read metrics.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiIT {

  static final String MANAGER = ApiClient.basic("liam", "liam");
  static final String ADMIN = ApiClient.basic("demo", "demo");

  @LocalServerPort int port;
  @Autowired ProcessScenario leads;
  @Autowired EventSender events;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  ApiClient api;
  String today;

  @BeforeAll
  void throughTheProcesses() {
    api = new ApiClient(port);
    today = LocalDate.now(ZoneOffset.UTC).toString();
    String converted = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    leads.complete(converted, Elements.QUALIFY_LEAD, leads.task(converted, Elements.QUALIFY_LEAD).getAssignee(), qualified());
    leads.complete(converted, Elements.ACCEPT_HANDOFF, leads.task(converted, Elements.ACCEPT_HANDOFF).getAssignee(),
        Map.of(Variables.HANDOFF_DECISION.name(), "ACCEPT"));

    events.newCustomer("ENTERPRISE", 240000);
    String churning = events.newCustomer("ENTERPRISE", 240000);
    String contract = jdbc.queryForObject("select id from contract where account_id = ?", String.class, churning);
    events.send("renewal.closed", Map.of("accountId", churning, "contractId", contract, "outcome", "CHURNED", "reason",
        "COMPETITOR"));
  }

  private static Map<String, Object> qualified() {
    return ProcessScenario.qualified();
  }

  private JsonNode get(String path, String who) throws Exception {
    HttpResponse<String> response = api.get(path, who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void theFunnelCountsTodaysLeadsAsTheyWent() throws Exception {
    JsonNode funnel = get("/api/metrics/funnel?from=" + today + "&to=" + today, MANAGER);

    List<Long> counts = StreamSupport.stream(funnel.get("stages").spliterator(), false).map(s -> s.get("count").asLong()).toList();
    assertThat(counts).containsExactly(2L, 1L, 1L, 0L);
    assertThat(funnel.get("stages").get(1).get("conversionFromPrevious").asDouble()).isEqualTo(0.5);
    JsonNode bySegment = get("/api/metrics/funnel?from=" + today + "&to=" + today + "&groupBy=segment", MANAGER);
    assertThat(bySegment.get("groups").get(0).get("group").asText()).isEqualTo("ENTERPRISE");
  }

  @Test
  void slaAttainmentCountsTheHandoffsDoneAndTheOneStillOpen() throws Exception {
    JsonNode sla = get("/api/metrics/sla?from=" + today + "&to=" + today, MANAGER);

    Map<String, JsonNode> rows = new HashMap<>();
    sla.get("rows").forEach(row -> rows.put(row.get("key").asText(), row));
    assertThat(rows.get("QUALIFY_LEAD").get("completed").asInt()).isEqualTo(1);
    assertThat(rows.get("QUALIFY_LEAD").get("attainment").asDouble()).isEqualTo(1.0);
    JsonNode open = rows.get("QUALIFY_LEAD").get("open");
    assertThat(open.get("onTime").asInt() + open.get("warned").asInt()).isEqualTo(1);
    assertThat(rows.get("ACCEPT_HANDOFF").get("met").asInt()).isEqualTo(1);
  }

  @Test
  void retentionOfTodaysCustomersAfterOneChurned() throws Exception {
    JsonNode retention = get("/api/metrics/retention?from=" + today + "&to=" + today + "&currency=EUR", ADMIN);

    assertThat(retention.get("startingArr").decimalValue()).isEqualByComparingTo("480000");
    assertThat(retention.get("churn").decimalValue()).isEqualByComparingTo("240000");
    assertThat(retention.get("churnByReason").get("COMPETITOR").decimalValue()).isEqualByComparingTo("240000");
    assertThat(retention.get("grr").asDouble()).isEqualTo(0.5);
    assertThat(retention.get("nrr").asDouble()).isEqualTo(0.5);
    assertThat(retention.get("accounts").get("churned").asInt()).isEqualTo(1);
  }

  @Test
  void csvParsesIntoTheSameFigures() throws Exception {
    HttpResponse<String> csv = api.send("GET", "/api/metrics/funnel?from=" + today + "&to=" + today, null, null, MANAGER);
    HttpResponse<String> asked = csvOf("/api/metrics/funnel?from=" + today + "&to=" + today);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(asked.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<List<String>> rows = parse(asked.body());
    assertThat(rows.get(0)).containsExactly("group", "stage", "count", "conversionFromPrevious");
    assertThat(rows.subList(1, 5)).extracting(row -> row.get(1) + "=" + row.get(2))
        .containsExactly("MQL=2", "SQL=1", "OPPORTUNITY=1", "CLOSED_WON=0");
    assertThat(parse(csvOf("/api/metrics/sla?from=" + today + "&to=" + today + "&groupBy=group").body()).get(0))
        .startsWith("group", "completed", "met", "missed", "attainment");
    assertThat(parse(csvOf("/api/metrics/retention?from=" + today + "&to=" + today + "&currency=EUR").body()))
        .contains(List.of("grr", "", "0.5"));
  }

  private HttpResponse<String> csvOf(String path) {
    return api.send("GET", path, null, null, MANAGER, null, "text/csv");
  }

  /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void badParametersAreRefusedNamingEachOne() throws Exception {
    HttpResponse<String> funnel = api.get("/api/metrics/funnel?from=yesterday&groupBy=colour", MANAGER);
    HttpResponse<String> backwards = api.get("/api/metrics/sla?from=2026-12-01&to=2026-11-01&groupBy=team", MANAGER);
    HttpResponse<String> retention = api.get("/api/metrics/retention?from=2026-01-01&to=2026-12-31&currency=euro", MANAGER);
    HttpResponse<String> tooLong = api.get("/api/metrics/cycle-times?from=2000-01-01&to=2026-12-31", MANAGER);
    HttpResponse<String> stuck = api.get("/api/metrics/stuck?limit=5000", MANAGER);
    HttpResponse<String> halfPeriod = api.get("/api/metrics/stuck?from=2026-12-01", MANAGER);
    HttpResponse<String> ancient = api.get("/api/metrics/funnel?from=0001-01-01&to=0001-01-02", MANAGER);

    assertThat(fields(funnel)).containsExactlyInAnyOrder("from", "to", "groupBy");
    assertThat(fields(backwards)).containsExactlyInAnyOrder("to", "groupBy");
    assertThat(fields(retention)).containsExactly("currency");
    assertThat(fields(tooLong)).containsExactly("to");
    assertThat(fields(stuck)).containsExactly("limit");
    assertThat(fields(halfPeriod)).containsExactly("to");
    assertThat(fields(ancient)).containsExactlyInAnyOrder("from", "to");
  }

  private List<String> fields(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    List<String> names = new ArrayList<>();
    json.readTree(response.body()).get("errors").forEach(error -> names.add(error.get("field").asText()));
    return names;
  }

  @Test
  void repsAndIntegrationsMayNotReadMetrics() throws Exception {
    String path = "/api/metrics/funnel?from=" + today + "&to=" + today;
    HttpResponse<String> rep = api.get(path, ApiClient.basic("alex", "alex"));
    HttpResponse<String> crm = api.get(path, ApiClient.basic("crm", "crm"));

    assertThat(rep.statusCode()).isEqualTo(403);
    assertThat(json.readTree(rep.body()).get("missingPermission").asText()).isEqualTo("metrics:read");
    assertThat(crm.statusCode()).isEqualTo(403);
    assertThat(api.get(path, null).statusCode()).isEqualTo(401);
  }
}
