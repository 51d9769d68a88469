package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside the embedded default: the admin comes from the environment and no demo user exists. */
@PostgresIT
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "lifecycle.demo.enabled=false",
      "LIFECYCLE_ADMIN_USER=ops-admin",
      "LIFECYCLE_ADMIN_PASSWORD=s3cret-Pa55"
    })
class NoDemoIdentityIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void onlyTheConfiguredAdminExistsAndDemoCredentialsAreRefused() {
    assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("ops-admin");
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/engine-rest/user", ApiClient.basic("demo", "demo")).statusCode()).isEqualTo(401);
    assertThat(api.get("/engine-rest/user", ApiClient.basic("ops-admin", "s3cret-Pa55")).statusCode()).isEqualTo(200);
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
}
