package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.handoff.HandoffVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The owner qualified it: an EXPANSION opportunity with the expected additional ARR. */
@Component
public class OpenExpansionOpportunityDelegate implements JavaDelegate {

  private final Opportunities opportunities;

  public OpenExpansionOpportunityDelegate(Opportunities opportunities) {
    this.opportunities = opportunities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object amount = execution.getVariable(EXPANSION_AMOUNT);
    if (!(amount instanceof Number n) || n.doubleValue() <= 0) {
      throw new IllegalArgumentException("a qualified expansion needs an " + EXPANSION_AMOUNT + " > 0");
    }
    String owner = (String) execution.getVariable(HandoffVariables.HANDOFF_COMPLETED_BY);
    var opportunity = opportunities.openExpansion(execution.getProcessBusinessKey(),
        execution.getVariable(ACCOUNT_NAME) + " — " + execution.getVariable(EXPANSION_PLAY), owner,
        BigDecimal.valueOf(n.doubleValue()), (String) execution.getVariable(CURRENCY), execution.getProcessInstanceId());
    execution.setVariable(EXPANSION_OPPORTUNITY_ID, opportunity.id());
  }
}
