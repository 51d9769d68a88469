package io.lifecycleops.handoff;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At the warning point the assignee is told in Tasklist: the task's follow-up date becomes now
 * (Tasklist marks it) and its priority rises, and the ledger gets SLA_WARNED.
 */
@Component
public class NotifySlaWarningDelegate implements JavaDelegate {

  private final TimedHandoffs handoffs;
  private final TaskService tasks;
  private final LifecycleLedger ledger;
  private final int priorityBump;

  public NotifySlaWarningDelegate(TimedHandoffs handoffs, TaskService tasks, LifecycleLedger ledger,
      @Value("${lifecycle.sla.warning-priority-bump:20}") int priorityBump) {
    this.handoffs = handoffs;
    this.tasks = tasks;
    this.ledger = ledger;
    this.priorityBump = priorityBump;
  }

  @Override
  public void execute(DelegateExecution execution) {
    warn(handoffs.of(execution), execution);
  }

  /** Bumps the handoff in its owner's queue and records SLA_WARNED in the ledger of {@code execution}'s subject. */
  void warn(TimedHandoffs.TimedHandoff open, DelegateExecution execution) {
    Task task = open.task();
    task.setFollowUpDate(Date.from(ledger.now()));
    task.setPriority(Math.min(100, task.getPriority() + priorityBump));
    tasks.saveTask(task);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", open.handoff());
    details.put("taskId", task.getId());
    details.put("assignee", task.getAssignee());
    details.put("dueAt", open.clock().dueAt().toString());
    ledger.append(execution, LedgerEventType.SLA_WARNED, Actors.SYSTEM, details);
  }
}
