package io.lifecycleops.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo roster of the embedded default: reps and managers for every group the raci table names. */
@ConfigurationProperties("lifecycle.demo")
public record DemoProperties(boolean enabled, boolean allowOnAnyDatabase, List<DemoUser> users) {

  public DemoProperties {
    users = users == null ? List.of() : users;
  }

  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {}
}
