package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.*;

import io.lifecycleops.account.DealEvents.DealWon;
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
 * "Hand over to onboarding": OPPORTUNITY_WON with amount and currency, and the account's onboarding and renewal start
 * exactly as for the CRM's opportunity.closed_won; an expansion deal goes back to its expansion process, which books
 * the EXPANSION revenue. Nothing starts again when a CRM event is what closed the deal.
 */
@Component
public class HandOverWonDealDelegate implements JavaDelegate {

  private final DealStages stages;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final ApplicationEventPublisher events;

  public HandOverWonDealDelegate(DealStages stages, LifecycleLedger ledger, Actors actors, ApplicationEventPublisher events) {
    this.stages = stages;
    this.ledger = ledger;
    this.actors = actors;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Opportunity deal = stages.deal(execution);
    boolean elsewhere = Boolean.TRUE.equals(CLOSED_ELSEWHERE.from(execution));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("opportunityId", deal.id());
    details.put("accountId", deal.accountId());
    details.put("amount", deal.amount());
    details.put("currency", deal.currency());
    details.put("reportedBy", elsewhere ? "CRM" : "OWNER");
    ledger.append(deal.id(), execution.getProcessInstanceId(), LedgerEventType.OPPORTUNITY_WON, deal.stage(),
        actors.current(), details);
    if (elsewhere) {
      return;
    }
    if (Opportunities.EXPANSION.equals(deal.kind())) {
      events.publishEvent(new ExpansionDealClosed(deal.id(), deal.accountId(), true, deal.amount()));
    } else {
      events.publishEvent(new DealWon(deal.id(), deal.accountId(), ACCOUNT_NAME.from(execution), deal.segment(),
          deal.owner(), deal.amount(), deal.currency(), DealStages.date(TERM_START.from(execution)),
          DealStages.date(TERM_END.from(execution))));
    }
  }
}
