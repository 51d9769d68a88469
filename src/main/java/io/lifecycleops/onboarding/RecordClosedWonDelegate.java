package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.ledger.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ledger.StageTracker;
import io.lifecycleops.opportunity.Opportunities;
import io.lifecycleops.opportunity.OpportunityStage;
import io.lifecycleops.ownership.AccountDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deal is won: the account becomes a customer and the new ARR is a revenue fact. */
@Component
public class RecordClosedWonDelegate implements JavaDelegate {

  public static final String REVENUE_NEW = "NEW";

  private final StageTracker stages;
  private final LifecycleLedger ledger;
  private final Opportunities opportunities;
  private final AccountDirectory accounts;
  private final Actors actors;

  public RecordClosedWonDelegate(StageTracker stages, LifecycleLedger ledger, Opportunities opportunities,
      AccountDirectory accounts, Actors actors) {
    this.stages = stages;
    this.ledger = ledger;
    this.opportunities = opportunities;
    this.accounts = accounts;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String opportunityId = (String) execution.getVariable(OPPORTUNITY_ID);
    stages.enter(execution, Stage.CLOSED_WON, Map.of("opportunityId", opportunityId));
    opportunities.byId(opportunityId).ifPresent(o -> opportunities.moveTo(o.id(), OpportunityStage.CLOSED_WON));
    accounts.setStage(execution.getProcessBusinessKey(), Stage.CLOSED_WON.name());
    Map<String, Object> revenue = new LinkedHashMap<>();
    revenue.put("kind", REVENUE_NEW);
    revenue.put("arr", execution.getVariable(ARR));
    revenue.put("currency", execution.getVariable(CURRENCY));
    revenue.put("periodStart", execution.getVariable(TERM_START));
    revenue.put("periodEnd", execution.getVariable(TERM_END));
    revenue.put("opportunityId", opportunityId);
    ledger.append(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), LedgerEventType.REVENUE,
        Stage.CLOSED_WON.name(), actors.current(), revenue);
  }
}
