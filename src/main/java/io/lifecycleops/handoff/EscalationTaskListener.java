package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.TeamTenants;
import io.lifecycleops.sla.HandoffElements;
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
        Object label = SUBJECT_LABEL.from(task);
        task.setName(TaskNames.fit(nameOf(task) + " — " + ESCALATION_HANDOFF.from(task) + (label == null ? "" : " — " + label)));
        java.util.Date due = ESCALATION_DUE_AT.from(task);
        task.setDescription("Due " + (due == null ? null : due.toInstant()) + " ("
            + ESCALATION_BUSINESS_MINUTES_LATE.from(task) + " business minutes late), held by "
            + ESCALATION_ASSIGNEE.from(task) + ". Cockpit: " + ESCALATION_COCKPIT_URL.from(task)
            + " — Tasklist: " + ESCALATION_TASKLIST_URL.from(task));
        task.setPriority(escalationPriority);
        java.util.Date answerBy = ESCALATION_ANSWER_BY.from(task);
        if (answerBy != null) {
          task.setDueDate(answerBy);
        }
      }
      case EVENTNAME_COMPLETE -> resolved(task, String.valueOf(ESCALATION_RESOLUTION.from(task)), act(task));
      case EVENTNAME_DELETE -> resolved(task, CLOSED_WITH_PROCESS, Map.of());
      default -> {}
    }
  }

  /**
   * The one escalation path's task is named "Resolve SLA breach" in the model; at the second level it says so.
   * (Older models have a task per level, named in the model.)
   */
  private static String nameOf(DelegateTask task) {
    boolean secondLevelOnThePath = HandoffElements.RESOLVE_ESCALATION.equals(task.getTaskDefinitionKey())
        && Integer.valueOf(2).equals(ESCALATION_LEVEL.from(task));
    return secondLevelOnThePath ? SECOND_LEVEL_TASK_NAME : task.getName();
  }

  static final String SECOND_LEVEL_TASK_NAME = "Resolve second-level escalation";

  /** Carries out the manager's decision on the late handoff, if it is still open. */
  private Map<String, Object> act(DelegateTask task) {
    String resolution = String.valueOf(ESCALATION_RESOLUTION.from(task));
    String handoffTaskId = ESCALATION_TASK_ID.from(task);
    var open = adjustments.find(handoffTaskId);
    Map<String, Object> done = new LinkedHashMap<>();
    if (open.isEmpty()) {
      done.put("handoffOpen", false);
      return done;
    }
    switch (resolution) {
      case REASSIGNED -> {
        String to = REASSIGN_TO.from(task);
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
        String by = EXTEND_BY.from(task);
        if (by == null || by.isBlank()) {
          throw new IllegalArgumentException("extending an SLA needs extendBy, e.g. P1D");
        }
        done.put("extendedBy", by);
        done.put("dueAt", adjustments.extend(open.get(), by, ESCALATION_NOTES.from(task)).dueAt().toString());
      }
      default -> {}
    }
    return done;
  }

  private void resolved(DelegateTask task, String resolution, Map<String, Object> done) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("level", ESCALATION_LEVEL.from(task));
    details.put("handoff", ESCALATION_HANDOFF.from(task));
    details.put("taskId", ESCALATION_TASK_ID.from(task));
    details.put("resolution", resolution);
    details.put("notes", ESCALATION_NOTES.from(task));
    details.putAll(done);
    ledger.append(task.getExecution(), LedgerEventType.ESCALATION_RESOLVED, actors.current(), details);
  }
}
