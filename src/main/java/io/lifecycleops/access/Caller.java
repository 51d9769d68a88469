package io.lifecycleops.access;

import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * An authenticated caller of the service: the Camunda user, their groups, the roles those give, the
 * processes they manage and the event types they may post.
 */
public record Caller(String userId, Set<String> groups, Set<Role> roles, Set<String> managedProcesses, List<String> eventTypes)
    implements Principal {

  public Caller {
    groups = Set.copyOf(groups);
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    managedProcesses = Set.copyOf(managedProcesses);
    eventTypes = List.copyOf(eventTypes);
  }

  @Override
  public String getName() {
    return userId;
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return is(Role.ADMIN);
  }

  /** True when one of the caller's patterns ({@code *}, {@code lead.*}, {@code lead.mql}) covers {@code type}. */
  public boolean mayPost(String type) {
    if (isAdmin()) {
      return true;
    }
    return type != null && eventTypes.stream().anyMatch(pattern -> pattern.equals("*") || pattern.equals(type)
        || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1))));
  }
}
