package io.lifecycleops.handoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Breach: SLA_BREACHED, and an escalation task for the handoff's accountable group. */
@Component
public class EscalateSlaBreachDelegate implements JavaDelegate {

  private final SlaEscalation escalation;

  public EscalateSlaBreachDelegate(SlaEscalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.raise(execution, 1);
  }
}
