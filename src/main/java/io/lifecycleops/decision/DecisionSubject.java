package io.lifecycleops.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Whom an evaluation was for: the lead, account or deal id its processes use as business key, and, when a process
 * made it, the instance and the activity (e.g. the handoff task the routing row assigned).
 */
public record DecisionSubject(String subject, String processInstanceId, String activityId) {

  public static DecisionSubject of(String subject) {
    return new DecisionSubject(subject, null, null);
  }

  public static DecisionSubject of(DelegateExecution execution) {
    return new DecisionSubject(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        execution.getCurrentActivityId());
  }
}
