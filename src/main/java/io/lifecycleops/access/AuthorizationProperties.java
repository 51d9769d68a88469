package io.lifecycleops.access;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which groups manage which processes: they get Cockpit and read access to those processes' instances. */
@ConfigurationProperties("lifecycle.authorization")
public record AuthorizationProperties(Map<String, List<String>> managers) {

  public AuthorizationProperties {
    managers = managers == null ? Map.of() : managers;
  }
}
