package io.lifecycleops.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.risk.RiskPlayProcess;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.Browser;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.PostgresIT;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Support reopens a customer's ticket three times: the account's owner finds the risk play and why in Tasklist. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiskPlayJourneyBrowserIT {

  @RegisterExtension Browser browser = new Browser();
  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void theOwnerSeesTheSignalsThatOpenedTheRiskPlay() throws Exception {
    ApiClient api = new ApiClient(port);
    String crm = ApiClient.basic("crm", "crm");
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> won = EventData.closedWon(accountId);
    assertThat(api.post("/api/events", ApiClient.event("opportunity.closed_won", won), crm).statusCode()).isEqualTo(202);
    for (int i = 0; i < 3; i++) {
      assertThat(api.post("/api/events", CloudEvents.event("support.ticket", Map.of("accountId", accountId, "ticketId", "T-1",
          "status", "REOPENED", "subject", "Exports fail", "at", Instant.now().minus(1, ChronoUnit.HOURS).toString()))
          .toString(), crm).statusCode()).isEqualTo(202);
    }
    Task investigate = browser.await(d -> tasks.createTaskQuery().processInstanceBusinessKey(accountId)
        .processDefinitionKey(RiskPlayProcess.KEY).taskDefinitionKey(RiskPlayProcess.Elements.INVESTIGATE).singleResult());
    String owner = investigate.getAssignee();
    Webapps tasklist = new Webapps(browser, port);

    tasklist.login("tasklist", owner);
    tasklist.openFilter("My tasks");
    tasklist.openTask("Investigate account risk");
    browser.await(d -> tasklist.pageText().contains("3 or more reopened tickets in 30 days"));
    tasklist.dismissNotices();
    browser.screenshot(Path.of("target", "journeys", "csm-risk-play.png"));

    tasklist.type("Field_RecoveryPlan", "Hotfix for exports shipped; weekly call with their IT lead");
    tasklist.complete();
    browser.await(d -> tasks.createTaskQuery().processInstanceBusinessKey(accountId).processDefinitionKey(RiskPlayProcess.KEY)
        .count() == 0);
  }
}
