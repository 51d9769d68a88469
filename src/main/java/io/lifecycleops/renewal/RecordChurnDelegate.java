package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.account.Contracts;
import io.lifecycleops.account.Contracts.Contract;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.RevenueLedger;
import io.lifecycleops.ledger.RevenueLedger.Kind;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.AccountStages;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Churned: the contract's whole ARR is CHURN revenue, with the reason code. */
@EntersStage("CHURNED")
@Component
public class RecordChurnDelegate implements JavaDelegate {

  private final Contracts contracts;
  private final RevenueLedger revenue;
  private final AccountStages stages;

  public RecordChurnDelegate(Contracts contracts, RevenueLedger revenue, AccountStages stages) {
    this.contracts = contracts;
    this.revenue = revenue;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = CHURN_REASON.from(execution);
    if (reason == null || reason.toString().isBlank()) {
      throw new IllegalArgumentException("a churn needs a " + CHURN_REASON);
    }
    Contract contract = contracts.byId(CONTRACT_ID.from(execution)).orElseThrow();
    String accountId = execution.getProcessBusinessKey();
    revenue.record(accountId, execution.getProcessInstanceId(), Stage.CHURNED.name(), Kind.CHURN, contract.arr(),
        contract.currency(), contract.termStart().toString(), contract.termEnd().toString(),
        Map.of("contractId", contract.id(), "reason", reason));
    contracts.close(contract.id(), Contracts.Status.CHURNED);
    stages.enter(execution, Stage.CHURNED, Map.of("reason", reason));
  }
}
