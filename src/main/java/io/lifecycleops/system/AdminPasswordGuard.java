package io.lifecycleops.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start an unsafe service, before anything touches the database: outside the embedded H2
 * default there are no demo users (whose password is their user id) and no admin whose password is
 * {@code demo}; and without demo users the admin's password must come from LIFECYCLE_ADMIN_PASSWORD.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String DEMO_PASSWORD = "demo";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean demo = environment.getProperty("lifecycle.demo.enabled", Boolean.class, false);
    boolean demoAnywhere = environment.getProperty("lifecycle.demo.allow-on-any-database", Boolean.class, false);
    String url = environment.getProperty("spring.datasource.url", "");
    boolean embedded = url.startsWith("jdbc:h2:");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (!embedded && demo && !demoAnywhere) {
      throw new IllegalStateException("Demo users (password = user id) are on, but the database is not the embedded H2 default ("
          + url + "). Turn them off (LIFECYCLE_DEMO_USERS=false, as the postgres profile does) and create real users.");
    }
    if (!embedded && !demoAnywhere && DEMO_PASSWORD.equals(password)) {
      throw new IllegalStateException("The admin's password is '" + DEMO_PASSWORD + "' on a real database (" + url
          + "). Set LIFECYCLE_ADMIN_PASSWORD to a secret and start again.");
    }
    if (!demo && (password == null || password.isBlank())) {
      throw new IllegalStateException(
          "LIFECYCLE_ADMIN_PASSWORD is not set. Outside the embedded default the service does not create demo users, "
              + "so it needs the admin's password: set LIFECYCLE_ADMIN_USER (default 'admin') and "
              + "LIFECYCLE_ADMIN_PASSWORD and start again.");
    }
  }
}
