package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.*;

import io.lifecycleops.ledger.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Escalation tasks: named so a manager sees which handoff is late, for whom; resolving one (or the
 * process ending first) writes ESCALATION_RESOLVED.
 */
@Component("escalationTaskListener")
public class EscalationTaskListener implements TaskListener {

  /** Resolution recorded when the process ends while the escalation is still open. */
  static final String CLOSED_WITH_PROCESS = "CLOSED_WITH_PROCESS";

  private final LifecycleLedger ledger;
  private final Actors actors;

  public EscalationTaskListener(LifecycleLedger ledger, Actors actors) {
    this.ledger = ledger;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        Object label = task.getVariable(SUBJECT_LABEL);
        task.setName(task.getName() + " — " + task.getVariable(ESCALATION_HANDOFF) + (label == null ? "" : " — " + label));
      }
      case EVENTNAME_COMPLETE -> resolved(task, String.valueOf(task.getVariable(ESCALATION_RESOLUTION)));
      case EVENTNAME_DELETE -> resolved(task, CLOSED_WITH_PROCESS);
      default -> {}
    }
  }

  private void resolved(DelegateTask task, String resolution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("level", task.getVariable(ESCALATION_LEVEL));
    details.put("handoff", task.getVariable(ESCALATION_HANDOFF));
    details.put("taskId", task.getVariable(ESCALATION_TASK_ID));
    details.put("resolution", resolution);
    details.put("notes", task.getVariable(ESCALATION_NOTES));
    ledger.append(
        task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId(),
        LedgerEventType.ESCALATION_RESOLVED,
        (String) task.getVariable("stage"),
        actors.current(),
        details);
  }
}
