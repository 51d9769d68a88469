package io.lifecycleops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /actuator/prometheus on the public port: the monitoring group's scraper reads events by type and outcome and open
 * handoffs by state; nobody else may, and never anonymously.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)   // tests turn metrics export off unless asked
class PrometheusIT {

  static final String SCRAPER = ApiClient.basic("prometheus", "prometheus");
  static final String CRM = ApiClient.basic("crm", "crm");

  @LocalServerPort int port;

  @Test
  void theScraperSeesEventsAndOpenHandoffsAndNobodyElseDoes() {
    ApiClient api = new ApiClient(port);
    assertThat(api.post("/api/events", ApiClient.event("lead.mql", ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId())),
        CRM).statusCode()).isEqualTo(202);
    assertThat(api.post("/api/events", ApiClient.event("lead.mql", Map.of("leadId", "L-broken")), CRM).statusCode())
        .isEqualTo(400);

    api.get("/actuator/prometheus", SCRAPER);   // the first scrape reads the handoffs and registers their gauges
    HttpResponse<String> scrape = api.get("/actuator/prometheus", SCRAPER);

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .containsPattern("lifecycle_events_total\\{[^}]*outcome=\"accepted\"[^}]*type=\"lead.mql\"[^}]*} 1.0")
        .containsPattern("lifecycle_events_total\\{[^}]*outcome=\"refused\"[^}]*type=\"lead.mql\"[^}]*} 1.0")
        .containsPattern("lifecycle_handoffs_open\\{handoff=\"QUALIFY_LEAD\",[^}]*state=\"on_time\"} 1.0"
            + "|lifecycle_handoffs_open\\{handoff=\"QUALIFY_LEAD\",[^}]*state=\"warned\"} 1.0")
        .contains("lifecycle_escalations_open");

    assertThat(api.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(api.get("/actuator/prometheus", ApiClient.basic("alex", "alex")).statusCode()).isEqualTo(403);
    assertThat(api.get("/actuator/prometheus", CRM).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/metrics/stuck", SCRAPER).statusCode()).as("the scraper reads nothing else").isEqualTo(403);
    assertThat(api.get("/actuator/health", null).statusCode()).as("health stays open for load balancers").isEqualTo(200);
  }
}
