package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.sla.SlaClocks;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Raises an escalation for a late handoff: prepares the escalation task's context (group from
 * raci, who holds the handoff, how late, links to Cockpit and Tasklist) on the escalation path and
 * writes the ledger rows.
 */
@Component
class SlaEscalation {

  private final TimedHandoffs handoffs;
  private final LifecycleLedger ledger;
  private final SlaClocks clocks;
  private final String baseUrl;

  SlaEscalation(
      TimedHandoffs handoffs, LifecycleLedger ledger, SlaClocks clocks, @Value("${lifecycle.base-url}") String baseUrl) {
    this.handoffs = handoffs;
    this.ledger = ledger;
    this.clocks = clocks;
    this.baseUrl = baseUrl;
  }

  void raise(DelegateExecution execution, int level) {
    TimedHandoffs.TimedHandoff open = handoffs.of(execution);
    String group = open.group(level == 1 ? ACCOUNTABLE_GROUP : SECOND_LEVEL_GROUP);
    String pi = execution.getProcessInstanceId();

    ESCALATION_GROUP.on(execution).setLocal(group);
    ESCALATION_LEVEL.on(execution).setLocal(level);
    ESCALATION_HANDOFF.on(execution).setLocal(open.name());
    ESCALATION_ASSIGNEE.on(execution).setLocal(open.task().getAssignee());
    ESCALATION_DUE_AT.on(execution).setLocal(Date.from(open.clock().dueAt()));
    ESCALATION_ANSWER_BY.on(execution).setLocal(Date.from(level == 1 ? open.clock().secondLevelAt() : ledger.now()));
    ESCALATION_TASK_ID.on(execution).setLocal(open.task().getId());
    ESCALATION_COCKPIT_URL.on(execution).setLocal(baseUrl + "/camunda/app/cockpit/default/#/process-instance/" + pi);
    ESCALATION_TASKLIST_URL.on(execution).setLocal(baseUrl + "/camunda/app/tasklist/default/#/?task=" + open.task().getId());
    // Declared here so the manager's answer stays with this escalation, not the whole process.
    ESCALATION_RESOLUTION.on(execution).setLocal(null);
    ESCALATION_NOTES.on(execution).setLocal(null);
    REASSIGN_TO.on(execution).setLocal(null);
    EXTEND_BY.on(execution).setLocal(null);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", open.handoff());
    details.put("taskId", open.task().getId());
    details.put("assignee", open.task().getAssignee());
    details.put("dueAt", open.clock().dueAt().toString());
    long late = clocks.calendarOf(open.clock()).between(open.clock().dueAt(), ledger.now()).toMinutes();
    ESCALATION_BUSINESS_MINUTES_LATE.on(execution).setLocal(late);
    details.put("businessMinutesLate", late);
    if (level == 1) {
      ledger.append(execution, LedgerEventType.SLA_BREACHED, Actors.SYSTEM, details);
    }
    Map<String, Object> raised = new LinkedHashMap<>(details);
    raised.put("level", level);
    raised.put("group", group);
    ledger.append(execution, LedgerEventType.ESCALATION_RAISED, Actors.SYSTEM, raised);
  }
}
