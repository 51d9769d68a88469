package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.LifecycleOpsApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdminPasswordGuardTest {

  static final String H2 = "jdbc:h2:file:./data/lifecycle-ops";
  static final String POSTGRES = "jdbc:postgresql://db.internal:5432/lifecycle";

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }

  @Test
  void productionProfileWithoutAnAdminPasswordRefusesToStart() {
    SpringApplication app = new SpringApplication(LifecycleOpsApplication.class);
    app.setAdditionalProfiles("postgres");
    app.setDefaultProperties(Map.of("spring.main.web-application-type", "none"));

    assertThatThrownBy(app::run).hasMessageContaining("LIFECYCLE_ADMIN_PASSWORD is not set");
  }

  @Test
  void embeddedDefaultStartsWithTheDemoAdmin() {
    assertThatCode(() -> new AdminPasswordGuard().postProcessEnvironment(
        environment(Map.of("lifecycle.demo.enabled", "true", "camunda.bpm.admin-user.password", "demo",
            "spring.datasource.url", H2)), null))
        .doesNotThrowAnyException();
  }

  @Test
  void demoUsersOnAnyOtherDatabaseRefuseToStart() {
    assertThatThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(
        environment(Map.of("lifecycle.demo.enabled", "true", "camunda.bpm.admin-user.password", "s3cret",
            "spring.datasource.url", POSTGRES)), null))
        .hasMessageContaining("Demo users");
  }

  @Test
  void theDemoAdminPasswordOnARealDatabaseIsRefused() {
    assertThatThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(
        environment(Map.of("lifecycle.demo.enabled", "false", "camunda.bpm.admin-user.password", "demo",
            "spring.datasource.url", POSTGRES)), null))
        .hasMessageContaining("LIFECYCLE_ADMIN_PASSWORD");
  }

  @Test
  void theProductionProfileWithDemoUsersSwitchedBackOnRefusesToStart() {
    SpringApplication app = new SpringApplication(LifecycleOpsApplication.class);
    app.setAdditionalProfiles("postgres");
    app.setDefaultProperties(Map.of("spring.main.web-application-type", "none"));

    assertThatThrownBy(() -> app.run("--lifecycle.demo.enabled=true", "--LIFECYCLE_ADMIN_PASSWORD=s3cret"))
        .hasMessageContaining("Demo users");
  }

  @Test
  void withoutDemoUsersABlankPasswordIsRefused() {
    assertThatThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(
        environment(Map.of("lifecycle.demo.enabled", "false", "camunda.bpm.admin-user.password", " ")), null))
        .hasMessageContaining("LIFECYCLE_ADMIN_PASSWORD");
  }
}
