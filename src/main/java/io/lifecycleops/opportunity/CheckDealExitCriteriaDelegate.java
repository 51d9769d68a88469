package io.lifecycleops.opportunity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check exit criteria" (opportunity-exit-criteria): records the move's criteria and sets what it still lacks. */
@Component
public class CheckDealExitCriteriaDelegate implements JavaDelegate {

  private final DealStages stages;

  public CheckDealExitCriteriaDelegate(DealStages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.check(execution);
  }
}
