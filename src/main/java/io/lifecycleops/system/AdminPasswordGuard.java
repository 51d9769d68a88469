package io.lifecycleops.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the embedded default (demo users off) the admin's password must come from
 * LIFECYCLE_ADMIN_PASSWORD: refuse to start rather than create an admin with an empty password.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = environment.getProperty("lifecycle.demo.enabled", Boolean.class, false);
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (!demo && (password == null || password.isBlank())) {
      throw new IllegalStateException(
          "LIFECYCLE_ADMIN_PASSWORD is not set. Outside the embedded default the service does not create demo users, "
              + "so it needs the admin's password: set LIFECYCLE_ADMIN_USER (default 'admin') and "
              + "LIFECYCLE_ADMIN_PASSWORD and start again.");
    }
  }
}
