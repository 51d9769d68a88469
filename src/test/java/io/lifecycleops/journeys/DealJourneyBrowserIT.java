package io.lifecycleops.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.opportunity.OpportunityToCloseProcess;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.Browser;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.PostgresIT;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An AE advances a deal in Tasklist before its exit criteria are met: the deal stays and Tasklist says what is missing. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DealJourneyBrowserIT {

  @RegisterExtension Browser browser = new Browser();
  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired Opportunities opportunities;

  private Task task(String opportunityId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(opportunityId).taskDefinitionKey(key).singleResult();
  }

  @Test
  void anAeAdvancesADealTooEarlyAndSeesTheMissingCriteria() throws Exception {
    String id = "crm-" + UUID.randomUUID().toString().substring(0, 8);
    String account = "Initrode " + id;
    Map<String, Object> deal = new LinkedHashMap<>();
    deal.put("opportunityId", id);
    deal.put("accountId", "acct-" + id);
    deal.put("accountName", account);
    deal.put("name", "Initrode analytics");
    deal.put("amount", 48000);
    deal.put("currency", "EUR");
    deal.put("closeDate", "2027-06-30");
    deal.put("owner", "olivia");
    deal.put("segment", "ENTERPRISE");
    deal.put("country", "DE");
    assertThat(new ApiClient(port).post("/api/events", CloudEvents.event("opportunity.created", deal).toString(),
        ApiClient.basic("crm", "crm")).statusCode()).isEqualTo(202);
    Webapps tasklist = new Webapps(browser, port);

    tasklist.login("tasklist", "olivia");
    tasklist.openFilter("My tasks");
    tasklist.openTask("Advance Discovery — " + account);
    tasklist.select("Field_RequestedStage", "Evaluation");
    tasklist.tick("Field_Pain");
    tasklist.complete();
    browser.await(d -> task(id, OpportunityToCloseProcess.Elements.COMPLETE_CRITERIA) != null);

    assertThat(opportunities.byId(id).orElseThrow().stage()).as("the deal stays where it is").isEqualTo("DISCOVERY");
    tasklist.openFilter("My tasks");
    tasklist.openTask("Complete stage criteria — " + account);
    browser.await(d -> tasklist.pageText().contains("Champion named, Decision process known"));
    tasklist.dismissNotices();
    browser.screenshot(Path.of("target", "journeys", "ae-missing-criteria.png"));

    tasklist.tick("Field_Champion");
    tasklist.tick("Field_DecisionProcess");
    tasklist.complete();
    browser.await(d -> "EVALUATION".equals(opportunities.byId(id).orElseThrow().stage()));
  }
}
