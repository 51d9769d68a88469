package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lost: the expansion opportunity is closed lost; no revenue. */
@Component
public class RecordExpansionLostDelegate implements JavaDelegate {

  private final Opportunities opportunities;

  public RecordExpansionLostDelegate(Opportunities opportunities) {
    this.opportunities = opportunities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opportunities.moveTo(EXPANSION_OPPORTUNITY_ID.from(execution), OpportunityStage.CLOSED_LOST);
  }
}
