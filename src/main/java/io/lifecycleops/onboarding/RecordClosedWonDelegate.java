package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.account.ContractOpened;
import io.lifecycleops.account.Contracts;
import io.lifecycleops.account.Contracts.Contract;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.RevenueLedger;
import io.lifecycleops.ledger.RevenueLedger.Kind;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.AccountStages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The deal is won: the account becomes a customer, the new ARR is a revenue fact, and the contract's renewal starts. */
@EntersStage("CLOSED_WON")
@Component
public class RecordClosedWonDelegate implements JavaDelegate {

  private final AccountStages stages;
  private final RevenueLedger revenue;
  private final Opportunities opportunities;
  private final Contracts contracts;
  private final ApplicationEventPublisher events;

  public RecordClosedWonDelegate(AccountStages stages, RevenueLedger revenue, Opportunities opportunities, Contracts contracts, ApplicationEventPublisher events) {
    this.stages = stages;
    this.revenue = revenue;
    this.opportunities = opportunities;
    this.contracts = contracts;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String opportunityId = OPPORTUNITY_ID.from(execution);
    stages.enter(execution, Stage.CLOSED_WON, Map.of("opportunityId", opportunityId));
    opportunities.byId(opportunityId).ifPresent(o -> opportunities.moveTo(o.id(), OpportunityStage.CLOSED_WON));
    String accountId = execution.getProcessBusinessKey();
    BigDecimal arr = BigDecimal.valueOf((ARR.from(execution)).doubleValue());
    String currency = CURRENCY.from(execution);
    String termStart = TERM_START.from(execution);
    String termEnd = TERM_END.from(execution);
    revenue.record(accountId, execution.getProcessInstanceId(), Stage.CLOSED_WON.name(), Kind.NEW, arr, currency, termStart,
        termEnd, Map.of("opportunityId", opportunityId));
    // Each contract renews: its renewal sleeps until the window opens.
    Object seats = SEATS.from(execution);
    Contract contract = contracts.open(accountId, opportunityId, arr, currency, LocalDate.parse(termStart), LocalDate.parse(termEnd),
        seats instanceof Number n ? n.intValue() : null, null);
    execution.setVariable("contractId", contract.id());
    events.publishEvent(new ContractOpened(contract, ACCOUNT_NAME.from(execution), SEGMENT.from(execution),
        REGION.from(execution), AE.from(execution)));
  }
}
