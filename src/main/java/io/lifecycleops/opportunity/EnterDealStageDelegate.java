package io.lifecycleops.opportunity;

import io.lifecycleops.ledger.EntersStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Enter stage": applies the checked move (or, at the start, records the deal's first stage). */
@EntersStage(description = "the deal stage the rep moves the deal to (DISCOVERY to CLOSED_WON or CLOSED_LOST)")
@Component
public class EnterDealStageDelegate implements JavaDelegate {

  private final DealStages stages;

  public EnterDealStageDelegate(DealStages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.enter(execution);
  }
}
