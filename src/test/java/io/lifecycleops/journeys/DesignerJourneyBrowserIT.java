package io.lifecycleops.journeys;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.decision.DecisionTrail;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.Browser;
import io.lifecycleops.support.ModelerDeployment;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lifecycle designer changes handoff-routing in Camunda Modeler and deploys it with Modeler's deploy
 * button (a multipart POST to engine-rest): the next lead follows the new rule, while a lead already
 * in flight keeps its process version and its routing.
 */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DesignerJourneyBrowserIT {

  @RegisterExtension Browser browser = new Browser();
  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired DecisionTrail trail;

  private Task lead(String leadId, String company) {
    var data = ProcessScenario.hotEnterpriseLead(leadId);
    data.put("company", company);
    new ApiClient(port).postEvent("lead.mql", data);
    return tasks.createTaskQuery().processInstanceBusinessKey(leadId).taskDefinitionKey(QUALIFY_LEAD).singleResult();
  }

  /** The designer's edit: HOT leads wait in the regional queue instead of being assigned round-robin. */
  static String hotLeadsToTheQueue() throws IOException {
    String table = Files.readString(Path.of("dmn", "handoff-routing.dmn"));
    Matcher hot = Pattern.compile("(<rule id=\"Rule_QualifyLeadHot\">.*?)\"ROUND_ROBIN\"", Pattern.DOTALL).matcher(table);
    assertThat(hot.find()).as("the HOT rule of handoff-routing").isTrue();
    return hot.replaceFirst(Matcher.quoteReplacement(hot.group(1)) + "\"QUEUE\"");
  }

  /** What Camunda Modeler's deploy button sends. */
  private HttpResponse<String> deployLikeModeler(String fileName, String content) throws Exception {
    return ModelerDeployment.deploy(port, ApiClient.basic("demo", "demo"), fileName, content);
  }

  @Test
  void aRoutingChangeDeployedFromModelerAppliesToTheNextLeadWhileTheLeadInFlightKeepsItsVersion() throws Exception {
    String inFlightId = ProcessScenario.newLeadId();
    Task inFlight = lead(inFlightId, "Before the change " + inFlightId);
    assertThat(inFlight.getAssignee()).as("routed round-robin under the old rule").isNotNull();

    HttpResponse<String> deployed = deployLikeModeler("handoff-routing.dmn", hotLeadsToTheQueue());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    JsonNode decisions = json.readTree(deployed.body()).get("deployedDecisionDefinitions");
    assertThat(decisions.elements().next().get("version").asInt()).isEqualTo(2);
    try {
      String nextId = ProcessScenario.newLeadId();
      String company = "After the change " + nextId;
      Task next = lead(nextId, company);

      assertThat(next.getAssignee()).as("the new rule: HOT leads wait in the queue").isNull();
      assertThat(trail.of(nextId)).as("the deployed table routed the next lead, and its trail says so")
          .anySatisfy(evaluation -> {
            assertThat(evaluation.decision()).isEqualTo("handoff-routing");
            assertThat(evaluation.version()).isEqualTo(2);
            assertThat(evaluation.matchedRules()).extracting(DecisionTrail.MatchedRule::outputs)
                .allSatisfy(outputs -> assertThat(outputs).containsEntry("assignment", "QUEUE"));
          });
      Task stillInFlight = tasks.createTaskQuery().taskId(inFlight.getId()).singleResult();
      assertThat(stillInFlight.getAssignee()).as("the lead in flight keeps the rep the old rule gave it")
          .isEqualTo(inFlight.getAssignee());

      Webapps tasklist = new Webapps(browser, port);
      tasklist.login("tasklist", "emma");
      tasklist.openFilter("My team's queue");
      tasklist.taskEntry(company);
      browser.screenshot(Path.of("target", "journeys", "designer-next-lead-in-queue.png"));

      // The operating model anyone logged in can open says what is deployed now: routing version 2, HOT to the queue.
      browser.driver().get("http://localhost:" + port + "/operating-model");
      browser.await(d -> d.getPageSource().contains("Operating model"));
      String page = browser.driver().findElement(org.openqa.selenium.By.tagName("main")).getText();
      assertThat(page).contains("handoff-routing, version 2, deployed")
          .contains("QUALIFY_LEAD HOT – – QUEUE");
      browser.script("document.getElementById('handoff-routing').scrollIntoView({block: 'start'});");
      browser.screenshot(Path.of("target", "journeys", "operating-model.png"));
    } finally {
      repository.deleteDeployment(json.readTree(deployed.body()).get("id").asText(), true);
    }
  }
}
