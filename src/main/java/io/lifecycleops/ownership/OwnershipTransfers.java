package io.lifecycleops.ownership;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an account's single owner in one atomic step: the owner (only if it is still who the
 * caller expects), an ownership_change audit row, OWNER_CHANGED in the ledger, and the old owner's
 * open tasks on the account that raci now gives to the new owner's group, each move logged.
 */
@Service
public class OwnershipTransfers {

  public record Transfer(String accountId, String from, String to, String reason, String by, Instant at, List<String> movedTasks) {}

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final RaciTable raci;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final Clock clock;
  private final WithoutCaller asService;

  public OwnershipTransfers(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, IdentityService identity,
      RaciTable raci, LifecycleLedger ledger, Actors actors, Clock clock, WithoutCaller asService) {
    this.asService = asService;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.raci = raci;
    this.ledger = ledger;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * Gives the account to {@code to} if its owner is still {@code expectedFrom} (null: unowned).
   *
   * @throws OwnershipConflictException when the owner changed in the meantime; nothing changes
   */
  // A refused transfer changed nothing; it must not doom the caller's transaction (a process catches it).
  @Transactional(noRollbackFor = OwnershipConflictException.class)
  public Transfer transfer(String accountId, String expectedFrom, String to, String reason, String processInstanceId) {
    Instant now = clock.instant();
    // The row lock taken by this update makes a concurrent transfer wait, then find a different owner.
    int updated = jdbc.update("update account set owner = ? where id = ? and coalesce(owner, '') = coalesce(?, '')",
        to, accountId, expectedFrom);
    if (updated != 1) {
      String current = jdbc.query("select owner from account where id = ?", (rs, n) -> rs.getString(1), accountId)
          .stream().filter(Objects::nonNull).findFirst().orElse(null);
      throw new OwnershipConflictException(accountId, expectedFrom, current);
    }
    String by = actors.current();
    jdbc.update("insert into ownership_change (account_id, from_owner, to_owner, reason, changed_at, changed_by, process_instance_id)"
        + " values (?, ?, ?, ?, ?, ?, ?)", accountId, expectedFrom, to, reason, Timestamp.from(now), by, processInstanceId);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("accountId", accountId);
    change.put("from", expectedFrom);
    change.put("to", to);
    change.put("reason", reason);
    ledger.append(accountId, processInstanceId, LedgerEventType.OWNER_CHANGED, null, by, change);
    List<String> moved = expectedFrom == null ? List.of() : moveOpenTasks(accountId, expectedFrom, to, by);
    return new Transfer(accountId, expectedFrom, to, reason, by, now, moved);
  }

  /** How many of an account's latest owner changes its view lists; the timeline pages through all of them. */
  public static final int HISTORY_LIMIT = 100;

  /** The account's latest {@link #HISTORY_LIMIT} changes of owner, oldest first. */
  public List<Transfer> history(String accountId) {
    List<Transfer> newestFirst = jdbc.query("select from_owner, to_owner, reason, changed_by, changed_at from ownership_change"
            + " where account_id = ? order by changed_at desc, id desc fetch first " + HISTORY_LIMIT + " rows only",
        (rs, n) -> new Transfer(accountId, rs.getString("from_owner"), rs.getString("to_owner"), rs.getString("reason"),
            rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), List.of()),
        accountId);
    List<Transfer> oldestFirst = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private List<String> moveOpenTasks(String accountId, String from, String to, String by) {
    List<String> groupsOfNewOwner = identity.createGroupQuery().groupMember(to).list().stream().map(g -> g.getId()).toList();
    List<String> moved = new ArrayList<>();
    for (Task task : asService.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(accountId).taskAssignee(from).list())) {
      Object handoff = runtime.getVariableLocal(task.getExecutionId(), LifecycleVariables.HANDOFF.name());
      if (handoff == null) {
        continue;
      }
      Map<String, Object> facts = runtime.getVariables(task.getExecutionId());
      String responsible = raci.forHandoff(handoff.toString(), facts).responsibleGroup();
      if (!groupsOfNewOwner.contains(responsible)) {
        continue;
      }
      tasks.setAssignee(task.getId(), to);
      moved.add(task.getId());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("taskId", task.getId());
      details.put("task", task.getName());
      details.put("from", from);
      details.put("to", to);
      details.put("reason", "raci makes " + responsible + " responsible for " + handoff);
      ledger.append(accountId, task.getProcessInstanceId(), LedgerEventType.TASK_MOVED, null, by, details);
    }
    return moved;
  }
}
