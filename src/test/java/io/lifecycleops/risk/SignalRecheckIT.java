package io.lifecycleops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running service notices what time alone does to signals: a customer who stops answering gets a risk play when
 * the silence reaches 14 days, with no further event, from the node's own recheck.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "lifecycle.signals.recheck-every=PT1S")
class SignalRecheckIT {

  static final String DESK = ApiClient.basic("crm", "crm");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @Test
  void aSilenceReachingFourteenDaysOpensAPlayWithoutAnotherEvent() throws Exception {
    ApiClient api = new ApiClient(port);
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api.post("/api/events", ApiClient.event("opportunity.closed_won", EventData.closedWon(accountId)), DESK)
        .statusCode()).isEqualTo(202);
    Instant almostFourteenDaysAgo = Instant.now().minus(Duration.ofDays(14)).plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    assertThat(api.post("/api/events", CloudEvents.event("conversation.message", Map.of("accountId", accountId,
        "conversationId", "C-1", "direction", "OUTBOUND", "from", "csm@lifecycleops.io", "at", almostFourteenDaysAgo.toString()))
        .toString(), DESK).statusCode()).isEqualTo(202);
    assertThat(openPlays(accountId)).as("not yet 14 days").isZero();

    Instant deadline = Instant.now().plusSeconds(30);
    while (openPlays(accountId) == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }

    assertThat(openPlays(accountId)).isEqualTo(1);
  }

  private long openPlays(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RiskPlayProcess.KEY).processInstanceBusinessKey(accountId)
        .count();
  }
}
