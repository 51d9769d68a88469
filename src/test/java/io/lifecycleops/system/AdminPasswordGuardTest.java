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
        environment(Map.of("lifecycle.demo.enabled", "true", "camunda.bpm.admin-user.password", "demo")), null))
        .doesNotThrowAnyException();
  }

  @Test
  void withoutDemoUsersABlankPasswordIsRefused() {
    assertThatThrownBy(() -> new AdminPasswordGuard().postProcessEnvironment(
        environment(Map.of("lifecycle.demo.enabled", "false", "camunda.bpm.admin-user.password", " ")), null))
        .hasMessageContaining("LIFECYCLE_ADMIN_PASSWORD");
  }
}
