package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.account.DealEvents.OpportunityOpened;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.handoff.HandoffVariables;
import io.lifecycleops.lead.LeadToOpportunityProcess.Outcome;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ledger.StageTracker;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The AE accepted: an opportunity in DISCOVERY owned by that AE, who also becomes the account's
 * owner if it had none; its stages run in opportunity-to-close.
 */
@EntersStage("OPPORTUNITY")
@Component
public class CreateOpportunityDelegate implements JavaDelegate {

  private final Opportunities opportunities;
  private final AccountDirectory accounts;
  private final StageTracker stages;
  private final LifecycleLedger ledger;
  private final ApplicationEventPublisher events;

  public CreateOpportunityDelegate(Opportunities opportunities, AccountDirectory accounts, StageTracker stages,
      LifecycleLedger ledger, ApplicationEventPublisher events) {
    this.events = events;
    this.opportunities = opportunities;
    this.accounts = accounts;
    this.stages = stages;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ae = HandoffVariables.HANDOFF_COMPLETED_BY.from(execution);
    String company = COMPANY.from(execution);
    String accountId = ACCOUNT_ID.from(execution);
    Account account =
        accountId == null
            ? accounts.createWithoutDomain(company)
            : accounts.byId(accountId).orElseThrow(() -> new IllegalStateException("account " + accountId + " vanished"));
    String subject = execution.getProcessBusinessKey();
    String pi = execution.getProcessInstanceId();

    ledger.append(execution, LedgerEventType.HANDOFF_ACCEPTED, ae, Map.of("acceptedBy", ae));
    Opportunity opportunity = opportunities.open(account.id(), subject, company, ae, pi);
    ACCOUNT_ID.on(execution).set(account.id());
    OPPORTUNITY_ID.on(execution).set(opportunity.id());

    if (accounts.claimIfUnowned(account.id(), ae)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("accountId", account.id());
      change.put("from", null);
      change.put("to", ae);
      change.put("reason", "opportunity created from lead " + subject);
      ledger.append(subject, pi, LedgerEventType.OWNER_CHANGED, Stage.SQL.name(), ae, change);
      ACCOUNT_OWNER.on(execution).set(ae);
    }
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("opportunityId", opportunity.id());
    created.put("accountId", account.id());
    created.put("owner", ae);
    created.put("opportunityStage", opportunity.stage());
    ledger.append(subject, pi, LedgerEventType.OPPORTUNITY_CREATED, Stage.SQL.name(), ae, created);
    stages.enter(execution, Stage.OPPORTUNITY, Map.of("opportunityId", opportunity.id(), "opportunityStage", opportunity.stage()));
    // The deal is worked stage by stage from here, by opportunity-to-close.
    events.publishEvent(new OpportunityOpened(opportunity.id(), account.id(), company, ae, SEGMENT.from(execution),
        REGION.from(execution)));
    OUTCOME.on(execution).set(Outcome.OPPORTUNITY_CREATED.name());
  }
}
