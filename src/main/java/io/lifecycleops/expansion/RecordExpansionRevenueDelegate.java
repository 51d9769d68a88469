package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.Contracts;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.ledger.RevenueLedger;
import io.lifecycleops.ledger.RevenueLedger.Kind;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Won: the amount is EXPANSION revenue for the rest of the current contract's term. */
@Component
public class RecordExpansionRevenueDelegate implements JavaDelegate {

  private final RevenueLedger revenue;
  private final Opportunities opportunities;
  private final Contracts contracts;

  public RecordExpansionRevenueDelegate(RevenueLedger revenue, Opportunities opportunities, Contracts contracts) {
    this.revenue = revenue;
    this.opportunities = opportunities;
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String accountId = execution.getProcessBusinessKey();
    String opportunityId = EXPANSION_OPPORTUNITY_ID.from(execution);
    BigDecimal amount = BigDecimal.valueOf((WON_AMOUNT.from(execution)).doubleValue());
    var contract = contracts.ofAccount(accountId).stream().filter(c -> c.status() == Contracts.Status.ACTIVE).reduce((a, b) -> b);
    revenue.record(accountId, execution.getProcessInstanceId(), null, Kind.EXPANSION, amount,
        CURRENCY.from(execution), java.time.LocalDate.now().toString(),
        contract.map(c -> c.termEnd().toString()).orElse(null),
        Map.of("opportunityId", opportunityId, "source", "EXPANSION_DEAL"));
    opportunities.moveTo(opportunityId, OpportunityStage.CLOSED_WON);
  }
}
