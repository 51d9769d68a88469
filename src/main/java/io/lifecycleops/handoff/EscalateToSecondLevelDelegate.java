package io.lifecycleops.handoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still late after the second-level delay: an escalation task for the second-level group. */
@Component
public class EscalateToSecondLevelDelegate implements JavaDelegate {

  private final SlaEscalation escalation;

  public EscalateToSecondLevelDelegate(SlaEscalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.raise(execution, 2);
  }
}
