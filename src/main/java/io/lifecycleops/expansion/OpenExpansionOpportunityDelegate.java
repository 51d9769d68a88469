package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.DealEvents.OpportunityOpened;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.handoff.HandoffVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The owner qualified it: an EXPANSION opportunity with the expected additional ARR, worked in opportunity-to-close. */
@Component
public class OpenExpansionOpportunityDelegate implements JavaDelegate {

  private final Opportunities opportunities;
  private final ApplicationEventPublisher events;

  public OpenExpansionOpportunityDelegate(Opportunities opportunities, ApplicationEventPublisher events) {
    this.opportunities = opportunities;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object amount = EXPANSION_AMOUNT.from(execution);
    if (!(amount instanceof Number n) || n.doubleValue() <= 0) {
      throw new IllegalArgumentException("a qualified expansion needs an " + EXPANSION_AMOUNT + " > 0");
    }
    String owner = HandoffVariables.HANDOFF_COMPLETED_BY.from(execution);
    var opportunity = opportunities.openExpansion(execution.getProcessBusinessKey(),
        ACCOUNT_NAME.from(execution) + " — " + EXPANSION_PLAY.from(execution), owner,
        BigDecimal.valueOf(n.doubleValue()), CURRENCY.from(execution), execution.getProcessInstanceId());
    EXPANSION_OPPORTUNITY_ID.on(execution).set(opportunity.id());
    // Its stages run in opportunity-to-close like every deal's; it comes back here when it closes.
    events.publishEvent(new OpportunityOpened(opportunity.id(), execution.getProcessBusinessKey(), ACCOUNT_NAME.from(execution),
        owner, SEGMENT.from(execution), REGION.from(execution)));
  }
}
