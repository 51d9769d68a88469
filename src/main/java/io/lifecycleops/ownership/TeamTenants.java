package io.lifecycleops.ownership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every team (a group the raci table names) is a Camunda tenant with the same id, and every handoff and
 * escalation task belongs to the tenant of the team it goes to. Who sees and works which task then needs no
 * authorization row per task: the team's members (tenant membership through their group) and the managers
 * (every escalation group is a member of every team tenant; their process grants say which processes they see)
 * read and work the team's tasks: a rep's team through one grant on all process definitions, narrowed by the
 * tenant check, which is a plain indexed column condition in every task query. Why: one authorization row per task
 * made every authorized request scan and join all of them (docs/operations.md, "Reps' queues").
 *
 * <p>A task routed to someone outside its team (the account owner of a handoff another team is responsible for)
 * belongs to a shared tenant {@code <team>.<user>}: the team, its managers and that user, as before.
 */
@Component
public class TeamTenants {

  /** Camunda's tenant ids (and a task's tenant column) hold 64 characters. */
  static final int MAX_TENANT_ID = 64;
  /** Read and work tasks of every process; the tenant check keeps it to the tenants one is a member of. */
  private static final List<Permission> TASK_WORK =
      List.of(ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);

  private final IdentityService identity;
  private final Grants grants;
  private final RaciTable raci;
  private final WithoutCaller asService;
  private final Set<String> done = ConcurrentHashMap.newKeySet();
  /** Who each tenant this node has set up admits; memberships made in the running command are not queryable yet. */
  private final Map<String, Members> members = new ConcurrentHashMap<>();

  private record Members(Set<String> groups, String user) {}

  public TeamTenants(IdentityService identity, Grants grants, RaciTable raci, WithoutCaller asService) {
    this.identity = identity;
    this.grants = grants;
    this.raci = raci;
    this.asService = asService;
  }

  /**
   * Creates the tenant of every team the deployed raci table names, and the managers' memberships in them, once
   * every bean (the demo identity included) is ready.
   */
  @EventListener(ContextRefreshedEvent.class)
  public void prepareTeams() {
    RaciTable.RaciGroups groups = raci.groups();
    Set<String> teams = new LinkedHashSet<>(groups.responsible());
    teams.addAll(groups.escalation());
    teams.forEach(team -> tenantFor(team, null));
  }

  /**
   * Puts a new task in the tenant of its team, or of its team and its first assignee when that person is outside
   * the team. Call it before the task gets its assignee.
   */
  public void assign(DelegateTask task, String team, String assignee) {
    // A task's tenant is set once, before the command that creates it is flushed; Camunda's Task carries it.
    ((Task) task).setTenantId(tenantFor(team, assignee));
  }

  /** The tenant a task of {@code team} held by {@code holder} (may be null) belongs to; created on first use. */
  public String tenantFor(String team, String holder) {
    String teamTenant = ensure(team, team, "Team " + team, null);
    if (holder == null || canWork(holder, teamTenant)) {
      return teamTenant;
    }
    return ensure(sharedId(team, holder), team, "Team " + team + " with " + holder, holder);
  }

  /** Whether a user may see and work the tasks of a tenant: a member (through a group or in person) or an admin. */
  public boolean canWork(String userId, String tenantId) {
    Members known = members.get(tenantId);
    return asService.call(() -> {
      if (known != null && userId.equals(known.user())) {
        return true;
      }
      Set<String> groups = new HashSet<>();
      identity.createGroupQuery().groupMember(userId).list().forEach(group -> groups.add(group.getId()));
      if (groups.contains(Groups.CAMUNDA_ADMIN)) {
        return true;
      }
      if (known != null) {
        return known.groups().stream().anyMatch(groups::contains);
      }
      return identity.createTenantQuery().tenantId(tenantId).userMember(userId).includingGroupsOfUser(true).count() > 0;
    });
  }

  /**
   * Ensures the tenant, the memberships of its team, the managers and (for a shared tenant) the user, and the
   * grants that let them work its tasks. A group or user that does not exist yet gets its membership on a later
   * call.
   */
  private String ensure(String tenantId, String team, String name, String user) {
    if (done.contains("ready:" + tenantId)) {
      return tenantId;
    }
    boolean complete = asService.call(() -> {
      // Each step once per node: what this command creates is not visible to its own queries until it commits.
      once("tenant:" + tenantId, () -> {
        if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
          Tenant tenant = identity.newTenant(tenantId);
          tenant.setName(name.length() > 255 ? name.substring(0, 255) : name);
          identity.saveTenant(tenant);
        }
      });
      Set<String> managers = raci.groups().escalation();
      Set<String> groups = new LinkedHashSet<>();
      groups.add(team);
      groups.addAll(managers);
      members.put(tenantId, new Members(Set.copyOf(groups), user));
      boolean allMembers = true;
      for (String group : groups) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          allMembers = false;
        } else {
          once("member:" + tenantId + ":group:" + group, () -> {
            if (identity.createTenantQuery().tenantId(tenantId).groupMember(group).count() == 0) {
              identity.createTenantGroupMembership(tenantId, group);
            }
          });
        }
      }
      if (user != null) {
        if (identity.createUserQuery().userId(user).count() == 0) {
          allMembers = false;
        } else {
          once("member:" + tenantId + ":user:" + user, () -> {
            if (identity.createTenantQuery().tenantId(tenantId).userMember(user).count() == 0) {
              identity.createTenantUserMembership(tenantId, user);
            }
          });
        }
        once("grant:user:" + user, () -> grants.ensure(null, user, Resources.PROCESS_DEFINITION, Authorization.ANY, TASK_WORK));
      }
      // Managers see and work tasks of the processes they manage only (lifecycle.authorization.managers).
      if (!managers.contains(team)) {
        once("grant:group:" + team, () -> grants.ensure(team, null, Resources.PROCESS_DEFINITION, Authorization.ANY, TASK_WORK));
      }
      return allMembers;
    });
    if (complete) {
      once("ready:" + tenantId, () -> {});
    }
    return tenantId;
  }

  /** Runs an idempotent set-up step unless this node did it already (in a committed or the running transaction). */
  private void once(String step, Runnable work) {
    Set<String> thisTransaction = stepsOfThisTransaction();
    if (done.contains(step) || thisTransaction != null && thisTransaction.contains(step)) {
      return;
    }
    work.run();
    if (thisTransaction == null) {
      done.add(step);
    } else {
      thisTransaction.add(step);
    }
  }

  /**
   * Steps taken in the running transaction (a task created inside a process command): they count as done for
   * this node only once it commits, so a rolled-back first task of a team leaves nothing half set up.
   */
  private Set<String> stepsOfThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Set<String> steps = (Set<String>) TransactionSynchronizationManager.getResource(this);
    if (steps == null) {
      Set<String> taken = new HashSet<>();
      TransactionSynchronizationManager.bindResource(this, taken);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TeamTenants.this);
          if (status == STATUS_COMMITTED) {
            done.addAll(taken);
          }
        }
      });
      steps = taken;
    }
    return steps;
  }

  /** {@code <team>.<user>}, shortened with a digest when longer than a tenant id may be. */
  static String sharedId(String team, String user) {
    String id = (team + "." + user).replaceAll("[^A-Za-z0-9._-]", "-");
    if (id.length() <= MAX_TENANT_ID) {
      return id;
    }
    try {
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((team + "." + user).getBytes(StandardCharsets.UTF_8)));
      return id.substring(0, MAX_TENANT_ID - 17) + "." + digest.substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
