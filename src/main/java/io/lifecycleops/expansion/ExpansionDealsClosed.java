package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.EXPANSION_OPPORTUNITY_ID;
import static io.lifecycleops.expansion.ExpansionProcess.Variables.OUTCOME;
import static io.lifecycleops.expansion.ExpansionProcess.Variables.WON_AMOUNT;

import io.lifecycleops.account.DealEvents.ExpansionDealClosed;
import io.lifecycleops.expansion.ExpansionEvents.Outcome;
import io.lifecycleops.process.RunningInstances;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An expansion deal closed in opportunity-to-close: its expansion process books it as expansion.closed would
 * (EXPANSION revenue with the deal's amount when won), in the same transaction.
 */
@Component
class ExpansionDealsClosed {

  private final RunningInstances instances;
  private final RuntimeService runtime;

  ExpansionDealsClosed(RunningInstances instances, RuntimeService runtime) {
    this.instances = instances;
    this.runtime = runtime;
  }

  @EventListener
  public void closed(ExpansionDealClosed deal) {
    instances.query(ExpansionProcess.KEY, deal.accountId())
        .variableValueEquals(EXPANSION_OPPORTUNITY_ID.name(), deal.opportunityId()).list().forEach(expansion -> {
          Map<String, Object> outcome = new HashMap<>();
          OUTCOME.put(outcome, deal.won() ? Outcome.WON.name() : Outcome.LOST.name());
          if (deal.won()) {
            WON_AMOUNT.put(outcome, deal.amount().doubleValue());
          }
          runtime.setVariables(expansion.getId(), outcome);
        });
  }
}
