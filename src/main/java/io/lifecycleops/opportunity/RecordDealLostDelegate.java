package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.CLOSED_ELSEWHERE;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.LOST_NOTE;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.LOST_REASON;

import io.lifecycleops.account.DealEvents.ExpansionDealClosed;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Record the loss": OPPORTUNITY_LOST with amount, currency and the reason code lost-reasons knows (none when the CRM
 * closed it); a lost expansion deal ends its expansion process.
 */
@Component
public class RecordDealLostDelegate implements JavaDelegate {

  private final DealStages stages;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final ApplicationEventPublisher events;

  public RecordDealLostDelegate(DealStages stages, LifecycleLedger ledger, Actors actors, ApplicationEventPublisher events) {
    this.events = events;
    this.stages = stages;
    this.ledger = ledger;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Opportunity deal = stages.deal(execution);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("opportunityId", deal.id());
    details.put("accountId", deal.accountId());
    details.put("amount", deal.amount());
    details.put("currency", deal.currency());
    details.put("reason", LOST_REASON.from(execution));
    details.put("note", LOST_NOTE.from(execution));
    ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.OPPORTUNITY_LOST, deal.stage(),
        actors.current(), details);
    if (Opportunities.EXPANSION.equals(deal.kind()) && !Boolean.TRUE.equals(CLOSED_ELSEWHERE.from(execution))) {
      events.publishEvent(new ExpansionDealClosed(deal.id(), deal.accountId(), false, null));
    }
  }
}
