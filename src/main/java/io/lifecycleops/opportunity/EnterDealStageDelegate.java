package io.lifecycleops.opportunity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Enter stage": applies the checked move (or, at the start, records the deal's first stage). */
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
