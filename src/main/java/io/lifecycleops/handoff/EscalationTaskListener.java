package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.TeamTenants;
import io.lifecycleops.sla.HandoffSlaAdjustments;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Escalation tasks: named so a manager sees which handoff is late and for whom. Completing one
 * carries out the manager's decision on the late handoff (reassign it, take it over, or extend its
 * SLA) and writes ESCALATION_RESOLVED; an escalation still open when the process ends is closed with
 * it.
 */
@Component("escalationTaskListener")
public class EscalationTaskListener implements TaskListener {

  /** Resolution recorded when the process ends while the escalation is still open. */
  static final String CLOSED_WITH_PROCESS = "CLOSED_WITH_PROCESS";
  static final String REASSIGNED = "REASSIGNED";
  static final String TOOK_OVER = "TOOK_OVER";
  static final String EXTENDED = "EXTENDED";

  private final LifecycleLedger ledger;
  private final Actors actors;
  private final TaskService tasks;
  private final IdentityService identity;
  private final HandoffSlaAdjustments adjustments;
  private final int escalationPriority;
  private final TeamTenants teams;

  public EscalationTaskListener(LifecycleLedger ledger, Actors actors, TaskService tasks, IdentityService identity,
      HandoffSlaAdjustments adjustments, @Value("${lifecycle.sla.escalation-task-priority:100}") int escalationPriority,
      TeamTenants teams) {
    this.teams = teams;
    this.escalationPriority = escalationPriority;
    this.ledger = ledger;
    this.actors = actors;
    this.tasks = tasks;
    this.identity = identity;
    this.adjustments = adjustments;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        // The escalation belongs to the managers it goes to (its candidate group from the model).
        task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).findFirst()
            .ifPresent(group -> teams.assign(task, group, null));
        Object label = task.getVariable(SUBJECT_LABEL);
        task.setName(TaskNames.fit(task.getName() + " — " + task.getVariable(ESCALATION_HANDOFF) + (label == null ? "" : " — " + label)));
        Object due = task.getVariable(ESCALATION_DUE_AT);
        task.setDescription("Due " + (due instanceof java.util.Date d ? d.toInstant() : due) + " ("
            + task.getVariable(ESCALATION_BUSINESS_MINUTES_LATE) + " business minutes late), held by "
            + task.getVariable(ESCALATION_ASSIGNEE) + ". Cockpit: " + task.getVariable(ESCALATION_COCKPIT_URL)
            + " — Tasklist: " + task.getVariable(ESCALATION_TASKLIST_URL));
        task.setPriority(escalationPriority);
        if (task.getVariable(ESCALATION_ANSWER_BY) instanceof java.util.Date answerBy) {
          task.setDueDate(answerBy);
        }
      }
      case EVENTNAME_COMPLETE -> resolved(task, String.valueOf(task.getVariable(ESCALATION_RESOLUTION)), act(task));
      case EVENTNAME_DELETE -> resolved(task, CLOSED_WITH_PROCESS, Map.of());
      default -> {}
    }
  }

  /** Carries out the manager's decision on the late handoff, if it is still open. */
  private Map<String, Object> act(DelegateTask task) {
    String resolution = String.valueOf(task.getVariable(ESCALATION_RESOLUTION));
    String handoffTaskId = (String) task.getVariable(ESCALATION_TASK_ID);
    var open = adjustments.find(handoffTaskId);
    Map<String, Object> done = new LinkedHashMap<>();
    if (open.isEmpty()) {
      done.put("handoffOpen", false);
      return done;
    }
    switch (resolution) {
      case REASSIGNED -> {
        String to = (String) task.getVariable(REASSIGN_TO);
        if (to == null || identity.createUserQuery().userId(to).count() == 0) {
          throw new IllegalArgumentException("reassignTo must name an existing user, was '" + to + "'");
        }
        // Someone outside the task's team is refused by the assignment itself (access.TeamTaskAuthorizations).
        tasks.setAssignee(handoffTaskId, to);
        done.put("assignedTo", to);
      }
      case TOOK_OVER -> {
        tasks.setAssignee(handoffTaskId, actors.current());
        done.put("assignedTo", actors.current());
      }
      case EXTENDED -> {
        String by = (String) task.getVariable(EXTEND_BY);
        if (by == null || by.isBlank()) {
          throw new IllegalArgumentException("extending an SLA needs extendBy, e.g. P1D");
        }
        done.put("extendedBy", by);
        done.put("dueAt", adjustments.extend(open.get(), by, (String) task.getVariable(ESCALATION_NOTES)).dueAt().toString());
      }
      default -> {}
    }
    return done;
  }

  private void resolved(DelegateTask task, String resolution, Map<String, Object> done) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("level", task.getVariable(ESCALATION_LEVEL));
    details.put("handoff", task.getVariable(ESCALATION_HANDOFF));
    details.put("taskId", task.getVariable(ESCALATION_TASK_ID));
    details.put("resolution", resolution);
    details.put("notes", task.getVariable(ESCALATION_NOTES));
    details.putAll(done);
    ledger.append(task.getExecution(), LedgerEventType.ESCALATION_RESOLVED, actors.current(), details);
  }
}
