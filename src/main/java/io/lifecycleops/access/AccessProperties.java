package io.lifecycleops.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what, by Camunda group ({@code lifecycle.access}). Reps are the responsible groups of
 * the raci table, managers its accountable and second-level groups plus the keys of
 * {@code lifecycle.authorization.managers} (which also says which processes they manage).
 *
 * @param adminGroups   members may do everything, {@code /api/admin/**} and deployments included
 * @param monitoringGroups members may read {@code /actuator/prometheus}, nothing else
 * @param integrations  integration clients: group -> event types its members may post ({@code *}
 *                      every type, {@code lead.*} every type starting with {@code lead.}); nothing else
 * @param loginThrottle failed logins tolerated per client address before it must wait
 */
@ConfigurationProperties("lifecycle.access")
public record AccessProperties(List<String> adminGroups, List<String> monitoringGroups, Map<String, List<String>> integrations,
    LoginThrottle loginThrottle) {

  public AccessProperties {
    // Groups and limits come from application.yaml only; nothing defaults to a group name here.
    adminGroups = adminGroups == null ? List.of() : List.copyOf(adminGroups);
    monitoringGroups = monitoringGroups == null ? List.of() : List.copyOf(monitoringGroups);
    integrations = integrations == null ? Map.of() : Map.copyOf(integrations);
    if (loginThrottle == null || loginThrottle.window() == null || loginThrottle.maxFailures() < 1) {
      throw new IllegalStateException("lifecycle.access.login-throttle.max-failures (>= 1) and .window must be configured");
    }
  }

  /** At most {@code maxFailures} failed logins per client address within {@code window}; then 429. */
  public record LoginThrottle(int maxFailures, Duration window) {}
}
