package io.lifecycleops.journeys;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.Browser;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An SDR works a new lead in Tasklist; the AE gets the handoff; another region's SDR sees none of it. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepJourneyBrowserIT {

  @RegisterExtension Browser browser = new Browser();
  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;

  private String postLead(String leadId, String company) {
    Map<String, Object> data = ProcessScenario.hotEnterpriseLead(leadId);
    data.put("company", company);
    return new ApiClient(port).postEvent("lead.mql", data).body();
  }

  private Task task(String leadId, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(leadId).taskDefinitionKey(key).singleResult();
  }

  @Test
  void sdrClaimsQualifiesAndHandsOffALeadAndTheAeSeesThePackage() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    String company = "Wayne Freight " + leadId;
    postLead(leadId, company);
    // The lead waits in the EMEA queue (its rep handed it back), so an SDR claims it.
    Task qualify = task(leadId, QUALIFY_LEAD);
    tasks.setAssignee(qualify.getId(), null);
    Webapps tasklist = new Webapps(browser, port);

    tasklist.login("tasklist", "emma");
    tasklist.openFilter("My team's queue");
    assertThat(tasklist.taskEntry(company).getText()).contains("Qualify lead — " + company + " (HOT)").contains("Due");
    tasklist.openTask(company);
    tasklist.claim();
    assertThat(tasks.createTaskQuery().taskId(qualify.getId()).singleResult().getAssignee()).isEqualTo("emma");

    tasklist.chooseRadio("Qualified — hand to an AE");
    tasklist.tick("Field_NeedConfirmed");
    tasklist.type("Field_AuthorityRole", "VP Operations");
    tasklist.type("Field_TimelineMonths", "99");
    tasklist.complete();
    // The form refuses a timeline beyond 60 months and says why; the task stays open.
    browser.await(d -> !tasklist.formErrors().isEmpty());
    assertThat(String.join(" ", tasklist.formErrors())).contains("60");
    assertThat(task(leadId, QUALIFY_LEAD)).isNotNull();

    tasklist.type("Field_TimelineMonths", "6");
    tasklist.type("Field_MeetingBookedAt-date", "12/03/2026\n");
    tasklist.type("Field_MeetingBookedAt-time", "10:00\n");
    browser.screenshot(Path.of("target", "journeys", "rep-qualify-lead.png"));
    tasklist.complete();
    browser.await(d -> task(leadId, ACCEPT_HANDOFF) != null);

    Task accept = task(leadId, ACCEPT_HANDOFF);
    tasklist.login("tasklist", accept.getAssignee());
    tasklist.openFilter("My tasks");
    tasklist.openTask(company);
    browser.await(d -> "VP Operations".equals(tasklist.shown("Field_AuthorityRole")));
    assertThat(tasklist.shown("Field_Company")).isEqualTo(company);
    // Why the AE has it: the lead's fit and priority, the routing rule that assigned it, the team raci gave it to.
    String why = tasklist.whyThisCameToYou();
    assertThat(why).contains("Fit tier A", "priority HOT", "Assigned to " + accept.getAssignee(), "handoff-routing, version",
        "raci, version", "Team " + tasks.getVariable(accept.getId(), "responsibleGroup"));
    browser.script("arguments[0].scrollIntoView({block: 'start'});",
        browser.visible(org.openqa.selenium.By.xpath("//h4[normalize-space(.)='Why this came to you']")));
    browser.screenshot(Path.of("target", "journeys", "rep-why-this-came-to-you.png"));
  }

  @Test
  void anSdrDoesNotSeeAnotherRegionsQueueInTasklistOrThroughTheRestApi() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    String company = "Stark Logistics " + leadId;
    postLead(leadId, company);
    Task qualify = task(leadId, QUALIFY_LEAD);
    Webapps tasklist = new Webapps(browser, port);

    tasklist.login("tasklist", "amy");
    tasklist.openFilter("My team's queue");
    assertThat(tasklist.taskNames()).noneMatch(name -> name.contains(company));

    ApiClient api = new ApiClient(port);
    assertThat(api.get("/engine-rest/task/" + qualify.getId(), ApiClient.basic("amy", "amy")).statusCode()).isIn(403, 404);
    assertThat(api.post("/engine-rest/task/" + qualify.getId() + "/claim", "{\"userId\":\"amy\"}", ApiClient.basic("amy", "amy"))
        .statusCode()).isIn(403, 404);
    assertThat(api.get("/engine-rest/task/" + qualify.getId(), ApiClient.basic("emma", "emma")).statusCode()).isEqualTo(200);
  }
}
