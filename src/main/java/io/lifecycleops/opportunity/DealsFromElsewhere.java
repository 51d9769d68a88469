package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.REQUESTED_STAGE;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.WON_ELSEWHERE;

import io.lifecycleops.account.DealEvents.ClosedWonReported;
import io.lifecycleops.account.DealEvents.OpportunityOpened;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.process.RunningInstances;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other capabilities tell the deal desk, in their own transaction: a lead's AE accepted (its opportunity starts
 * its stages), and the CRM reported a deal won that runs here (it closes won; onboarding started already).
 */
@Component
class DealsFromElsewhere {

  private final DealDesk desk;
  private final Opportunities opportunities;
  private final RunningInstances instances;
  private final RuntimeService runtime;

  DealsFromElsewhere(DealDesk desk, Opportunities opportunities, RunningInstances instances, RuntimeService runtime) {
    this.desk = desk;
    this.opportunities = opportunities;
    this.instances = instances;
    this.runtime = runtime;
  }

  @EventListener
  public void leadAccepted(OpportunityOpened opened) {
    opportunities.describe(opened.opportunityId(), opened.segment(), opened.region());
    desk.start(opportunities.byId(opened.opportunityId()).orElseThrow(), opened.accountName());
  }

  @EventListener
  public void wonInTheCrm(ClosedWonReported won) {
    instances.of(OpportunityToCloseProcess.KEY, won.opportunityId()).ifPresent(deal -> {
      Map<String, Object> move = new HashMap<>();
      REQUESTED_STAGE.put(move, OpportunityStage.CLOSED_WON.name());
      WON_ELSEWHERE.put(move, true);
      runtime.createMessageCorrelation(OpportunityToCloseProcess.MOVE_MESSAGE).processInstanceId(deal.getId())
          .setVariables(move).correlate();
    });
  }
}
