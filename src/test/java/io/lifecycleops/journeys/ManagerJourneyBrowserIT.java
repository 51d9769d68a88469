package io.lifecycleops.journeys;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.Browser;
import io.lifecycleops.support.PostgresIT;
import io.lifecycleops.support.ProcessScenario;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An SDR manager finds a breached lead in Cockpit and resolves the escalation in Tasklist by reassigning it. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.wait-time-in-millis=500")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagerJourneyBrowserIT {

  @RegisterExtension Browser browser = new Browser();
  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private String breachedLead(String leadId, String company) {
    var data = ProcessScenario.hotEnterpriseLead(leadId);
    data.put("company", company);
    new ApiClient(port).postEvent("lead.mql", data);
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(leadId).singleResult().getId();
    // The SDR lets the deadline pass: the breach timer comes due now and the job executor fires it.
    Job breach = SlaTimers.of(management, pi, QUALIFY_LEAD, SlaTimers.BREACH);
    management.setJobDuedate(breach.getId(), new Date());
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
        tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION).count() == 1);
    return pi;
  }

  @Test
  @Order(2)
  void managerSeesTheBreachedInstanceInCockpitAndReassignsTheLeadFromTheEscalationsFilter() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    String company = "Oscorp Shipping " + leadId;
    String pi = breachedLead(leadId, company);
    String sdr = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(QUALIFY_LEAD).singleResult().getAssignee();
    String teammate = java.util.List.of("elias", "emma", "eva").stream().filter(u -> !u.equals(sdr)).findFirst().orElseThrow();
    Webapps webapps = new Webapps(browser, port);

    webapps.login("cockpit", "sofia");
    webapps.openInCockpit("/processes");
    browser.await(d -> webapps.pageText().contains("Lead to opportunity"));
    webapps.openInCockpit("/process-instance/" + pi + "/runtime");
    // The activity tree lists where the instance waits: the lead's qualification and the breach escalation.
    browser.await(d -> webapps.pageText().contains("Resolve SLA breach") && webapps.pageText().contains("Qualify lead"));
    browser.visible(By.cssSelector("[cam-widget-bpmn-viewer], .bjs-container, svg"));
    browser.screenshot(Path.of("target", "journeys", "manager-cockpit.png"));

    webapps.login("tasklist", "sofia");
    webapps.openFilter("Escalations");
    webapps.openTask(company);
    webapps.claim();
    webapps.select("Field_EscalationResolution", "Reassign the handoff to someone else");
    webapps.type("Field_ReassignTo", teammate);
    webapps.type("Field_EscalationNotes", "Out sick today; " + teammate + " takes it");
    webapps.complete();

    browser.await(d -> tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION).count() == 0);
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(QUALIFY_LEAD).singleResult().getAssignee())
        .isEqualTo(teammate);
  }

  @Test
  @Order(4)
  void aManagerReadsTheLifecycleDashboardInCockpitAndOpensABreachedInstanceFromIt() throws Exception {
    String leadId = ProcessScenario.newLeadId();
    String pi = breachedLead(leadId, "Stark Freight " + leadId);
    // The handoff's deadline has passed too (the breach timer was only brought forward): it is open and late.
    jdbc.update("update metric_handoff set due_at = ? where process_instance_id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(2))), pi);
    Webapps webapps = new Webapps(browser, port);
    browser.driver().manage().window().setSize(new Dimension(1280, 800));

    webapps.login("cockpit", "sofia");
    webapps.openInCockpit("/dashboard");
    WebElement dashboard = browser.visible(By.cssSelector("[data-lifecycle=dashboard][data-loaded=true]"));
    // The funnel is drawn (a chart and its table) from /api/metrics with sofia's own rights.
    WebElement funnel = dashboard.findElement(By.cssSelector("[data-lifecycle=funnel]"));
    assertThat(funnel.findElements(By.tagName("canvas"))).hasSize(1);
    assertThat(funnel.getText()).contains("ENTERPRISE");
    assertThat(dashboard.findElement(By.cssSelector("[data-lifecycle=sla]")).getText()).contains("QUALIFY_LEAD");
    assertThat(dashboard.findElement(By.cssSelector("[data-lifecycle=nrr]")).getText()).contains("NRR");
    assertThat(dashboard.findElements(By.cssSelector(".lo-error"))).as("every card loaded").isEmpty();
    browser.script("arguments[0].scrollIntoView({block: 'start'});", dashboard);
    browser.screenshot(Path.of("target", "journeys", "cockpit-dashboard-1280.png"));
    browser.driver().manage().window().setSize(new Dimension(1920, 1080));
    browser.script("arguments[0].scrollIntoView({block: 'start'});", dashboard);
    browser.screenshot(Path.of("target", "journeys", "cockpit-dashboard-1920.png"));

    // The breach is listed with a link to its instance.
    WebElement breach = browser.visible(By.xpath("//*[@data-lifecycle='breaches']//tr[td[normalize-space(.)='" + leadId + "']]"
        + "//a[@data-lifecycle='breach']"));
    webapps.click(breach);
    browser.await(d -> d.getCurrentUrl().contains("/process-instance/" + pi));
    browser.await(d -> webapps.pageText().contains("Resolve SLA breach") && webapps.pageText().contains("Qualify lead"));

    // The process definition's Lifecycle tab: cycle time per stage of that process.
    String definition = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId();
    webapps.openInCockpit("/process-definition/" + definition + "/runtime");
    webapps.click(browser.await(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Lifecycle']"))));
    WebElement tab = browser.visible(By.cssSelector("[data-lifecycle=dashboard][data-loaded=true]"));
    assertThat(tab.getText()).contains("Lifecycle: lead-to-opportunity", "Cycle time per stage");
  }

  @Test
  @Order(3)
  void aRepCannotReadTheDashboardsMetricsWithTheirWebappLogin() throws Exception {
    // Emma's Tasklist session reaches /api reads with her rights: a rep is refused the metrics and told why.
    Webapps webapps = new Webapps(browser, port);
    webapps.login("tasklist", "emma");
    browser.driver().get("http://localhost:" + port + "/api/metrics/funnel?from=2026-01-01&to=2026-12-31");
    assertThat(webapps.pageText()).contains("\"status\":403", "metrics:read");
  }

  @Test
  @Order(1)
  void aRepCannotOpenCockpitAndManagersSeeOnlyTheirTeamsProcesses() throws Exception {
    ApiClient api = new ApiClient(port);
    String leadId = ProcessScenario.newLeadId();
    breachedLead(leadId, "Umbrella " + leadId);

    assertThat(api.get("/engine-rest/process-instance/count?processInstanceBusinessKey=" + leadId, ApiClient.basic("emma", "emma")).body())
        .contains("\"count\":0");
    assertThat(api.get("/engine-rest/process-instance/count?processInstanceBusinessKey=" + leadId, ApiClient.basic("sofia", "sofia")).body())
        .contains("\"count\":1");
    assertThat(api.get("/engine-rest/process-instance/count?processInstanceBusinessKey=" + leadId, ApiClient.basic("victor", "victor")).body())
        .as("a CS manager does not manage leads").contains("\"count\":0");
    assertThat(api.get("/engine-rest/process-instance/count?processInstanceBusinessKey=" + leadId, ApiClient.basic("demo", "demo")).body())
        .contains("\"count\":1");

    // Her password is right (Tasklist lets her in): Cockpit refuses her for want of access, not for bad credentials.
    assertThat(webappLogin("tasklist", "emma", "emma")).isEqualTo(200);
    assertThat(webappLogin("cockpit", "elias", "not-his-password")).as("wrong credentials").isEqualTo(401);
    assertThat(webappLogin("cockpit", "emma", "emma")).as("no access to Cockpit").isEqualTo(403);
    assertThat(webappLogin("cockpit", "sofia", "sofia")).isEqualTo(200);

    Webapps webapps = new Webapps(browser, port);
    browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    browser.visible(By.cssSelector("input[ng-model=username]")).sendKeys("emma");
    browser.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("emma");
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.await(d -> webapps.pageText().toLowerCase().contains("not authorized")
        || webapps.pageText().toLowerCase().contains("no access") || !d.findElements(By.cssSelector(".alert-danger, .notifications .alert")).isEmpty());
    assertThat(webapps.pageText()).doesNotContain("Lead to opportunity");
  }

  /** What the webapps' login form gets for {@code app}: 200 logged in, 401 wrong credentials, 403 no access to it. */
  private int webappLogin(String app, String user, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    // The login page sets the CSRF cookie the login form must echo, as the browser does.
    client.send(HttpRequest.newBuilder(URI.create(base + "/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    return client.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
