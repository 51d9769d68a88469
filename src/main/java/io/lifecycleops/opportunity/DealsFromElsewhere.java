package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.REQUESTED_STAGE;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.AMOUNT;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.CLOSED_ELSEWHERE;

import io.lifecycleops.account.DealEvents.ClosedWonReported;
import io.lifecycleops.account.DealEvents.ExpansionClosedReported;
import io.lifecycleops.account.DealEvents.OpportunityOpened;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.process.RunningInstances;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other capabilities tell the deal desk, in their own transaction: a lead's AE accepted or an expansion was
 * pursued (the opportunity starts its stages), and the CRM closed a deal that runs here (it closes here too; what
 * the CRM's event starts, onboarding or the expansion's booking, it starts once).
 */
@Component
class DealsFromElsewhere {

  private final DealDesk desk;
  private final Opportunities opportunities;
  private final RunningInstances instances;
  private final DealStages stages;

  DealsFromElsewhere(DealDesk desk, Opportunities opportunities, RunningInstances instances, DealStages stages) {
    this.desk = desk;
    this.opportunities = opportunities;
    this.instances = instances;
    this.stages = stages;
  }

  @EventListener
  public void opened(OpportunityOpened opened) {
    opportunities.describe(opened.opportunityId(), opened.segment(), opened.region());
    desk.start(opportunities.byId(opened.opportunityId()).orElseThrow(), opened.accountName());
  }

  @EventListener
  public void wonInTheCrm(ClosedWonReported won) {
    closeElsewhere(won.opportunityId(), OpportunityStage.CLOSED_WON, null);
  }

  @EventListener
  public void expansionClosedInTheCrm(ExpansionClosedReported closed) {
    closeElsewhere(closed.opportunityId(), closed.won() ? OpportunityStage.CLOSED_WON : OpportunityStage.CLOSED_LOST,
        closed.amount());
  }

  private void closeElsewhere(String opportunityId, OpportunityStage stage, Double amount) {
    if (opportunityId == null) {
      return;
    }
    instances.of(OpportunityToCloseProcess.KEY, opportunityId).ifPresent(deal -> {
      Map<String, Object> move = new HashMap<>();
      REQUESTED_STAGE.put(move, stage.name());
      CLOSED_ELSEWHERE.put(move, true);
      if (amount != null) {
        AMOUNT.put(move, amount);
      }
      stages.requestMove(deal.getId(), move);
    });
  }
}
