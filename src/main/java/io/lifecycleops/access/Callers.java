package io.lifecycleops.access;

import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.ownership.RaciTable.RaciGroups;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Makes a {@link Caller} of a Camunda user: roles from the access configuration and the raci table. */
@Component
public class Callers {

  private final IdentityService identity;
  private final RaciTable raci;
  private final AccessProperties access;
  private final AuthorizationProperties managers;

  Callers(IdentityService identity, RaciTable raci, AccessProperties access, AuthorizationProperties managers) {
    this.identity = identity;
    this.raci = raci;
    this.access = access;
    this.managers = managers;
  }

  /** The caller of the request being served, if it authenticated. */
  public static Optional<Caller> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
  }

  Caller of(String userId) {
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    RaciGroups table = raci.groups();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<String> managed = new LinkedHashSet<>();
    List<String> eventTypes = new ArrayList<>();
    for (String group : groups) {
      if (access.adminGroups().contains(group)) {
        roles.add(Role.ADMIN);
      }
      if (access.monitoringGroups().contains(group)) {
        roles.add(Role.MONITORING);
      }
      if (access.integrations().containsKey(group)) {
        roles.add(Role.INTEGRATION);
        eventTypes.addAll(access.integrations().get(group));
      }
      if (table.escalation().contains(group) || managers.managers().containsKey(group)) {
        roles.add(Role.MANAGER);
        managed.addAll(managers.managers().getOrDefault(group, List.of()));
      }
      if (table.responsible().contains(group)) {
        roles.add(Role.REP);
      }
    }
    return new Caller(userId, groups, roles, managed, eventTypes);
  }
}
