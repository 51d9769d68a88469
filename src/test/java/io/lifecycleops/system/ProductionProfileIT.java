package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.ModelerDeployment;
import io.lifecycleops.support.PostgresIT;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile as it runs: PostgreSQL, no demo users, the admin from the environment,
 * authorizations on; models are deployed by admins only, also with Camunda's checks switched off.
 */
@PostgresIT
@ActiveProfiles("postgres")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"LIFECYCLE_ADMIN_USER=ops-admin", "LIFECYCLE_ADMIN_PASSWORD=s3cret-Pa55"})
class ProductionProfileIT {

  static final String ADMIN = ApiClient.basic("ops-admin", "s3cret-Pa55");
  static final String REP = ApiClient.basic("rita", "rita-Pa55word");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired ObjectMapper json;

  @BeforeEach
  void aRepInHerGroup() {
    if (identity.createUserQuery().userId("rita").count() > 0) {
      return;
    }
    if (identity.createGroupQuery().groupId("sdr-emea").count() == 0) {
      Group group = identity.newGroup("sdr-emea");
      group.setName("SDR EMEA");
      identity.saveGroup(group);
    }
    User rita = identity.newUser("rita");
    rita.setPassword("rita-Pa55word");
    identity.saveUser(rita);
    identity.createMembership("rita", "sdr-emea");
  }

  @Test
  void onlyTheConfiguredAdminAndTheUsersCreatedInAdminExistAndDemoCredentialsAreRefused() {
    assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactlyInAnyOrder("ops-admin", "rita");
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/engine-rest/user", ApiClient.basic("demo", "demo")).statusCode()).isEqualTo(401);
    assertThat(api.get("/engine-rest/user", ADMIN).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/leads/L-1/timeline", ApiClient.basic("demo", "demo")).statusCode()).isEqualTo(401);
  }

  @Test
  void webappsKeepTheirLoginAndCsrfProtection() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
    // The webapps' own API refuses a state-changing call without the CSRF token.
    assertThat(api.post("/camunda/api/admin/auth/user/default/login/tasklist", "username=ops-admin&password=s3cret-Pa55", null)
        .statusCode()).isEqualTo(403);
    assertThat(api.get("/camunda/api/engine/engine/default/task", null).statusCode()).isIn(401, 403);
  }

  @Test
  void onlyAdminsDeployModelsEvenWithCamundasAuthorizationChecksOff() throws Exception {
    String table = Files.readString(Path.of("dmn", "lead-priority.dmn"));
    long versionsBefore = repository.createDecisionDefinitionQuery().decisionDefinitionKey("lead-priority").count();

    HttpResponse<String> byRep = ModelerDeployment.deploy(port, REP, "lead-priority.dmn", table);
    boolean checks = engine.isAuthorizationEnabled();
    engine.setAuthorizationEnabled(false);
    HttpResponse<String> byRepWithoutChecks;
    try {
      byRepWithoutChecks = ModelerDeployment.deploy(port, REP, "lead-priority.dmn", table + "\n<!-- edited by a rep -->\n");
    } finally {
      engine.setAuthorizationEnabled(checks);
    }
    HttpResponse<String> byAdmin = ModelerDeployment.deploy(port, ADMIN, "lead-priority.dmn", table + "\n<!-- edited by an admin -->\n");

    assertThat(byRep.statusCode()).isEqualTo(403);
    assertThat(byRepWithoutChecks.statusCode()).isEqualTo(403);
    assertThat(json.readTree(byRepWithoutChecks.body()).get("missingPermission").asText()).isEqualTo("deployments:write");
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("lead-priority").count())
        .isEqualTo(versionsBefore + 1);
  }

  @Test
  void onlyAdminsDeployThroughTheWebappsEngineApiEvenWithCamundasChecksOff() throws Exception {
    String table = Files.readString(Path.of("dmn", "lead-priority.dmn")) + "\n<!-- edited in a webapp session -->\n";
    boolean checks = engine.isAuthorizationEnabled();
    engine.setAuthorizationEnabled(false);
    try {
      HttpResponse<String> byRep = deployInWebappSession("rita", "rita-Pa55word", table);
      HttpResponse<String> byAdmin = deployInWebappSession("ops-admin", "s3cret-Pa55", table);

      assertThat(byRep.statusCode()).as(byRep.body()).isEqualTo(403);
      assertThat(json.readTree(byRep.body()).get("missingPermission").asText()).isEqualTo("deployments:write");
      assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    } finally {
      engine.setAuthorizationEnabled(checks);
    }
  }

  /** Logs in to Tasklist as a browser does (session cookie, CSRF token) and deploys through the webapps' engine API. */
  private HttpResponse<String> deployInWebappSession(String user, String password, String table) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login of %s: %s", user, login.body()).isEqualTo(200);
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return ModelerDeployment.deploy(browser, URI.create(base + "/camunda/api/engine/engine/default/deployment/create"),
        Map.of("X-XSRF-TOKEN", xsrf(cookies)), "lead-priority.dmn", table);
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, latest) -> latest).map(HttpCookie::getValue).orElse("");
  }
}
