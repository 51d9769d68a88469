package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.ownership.AccountStages;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window is open: the account is in RENEWAL with a risk and a forecast category from its health. */
@EntersStage("RENEWAL")
@Component
public class AssessRenewalRiskDelegate implements JavaDelegate {

  private final RenewalRisk risk;
  private final AccountStages stages;
  private final AccountDirectory accounts;

  public AssessRenewalRiskDelegate(RenewalRisk risk, AccountStages stages, AccountDirectory accounts) {
    this.risk = risk;
    this.stages = stages;
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String accountId = execution.getProcessBusinessKey();
    stages.enter(execution, Stage.RENEWAL, Map.of("contractId", CONTRACT_ID.from(execution)));
    accounts.byId(accountId).ifPresent(a -> ACCOUNT_OWNER.on(execution).set(a.owner()));
    Map<String, Object> assessed = risk.assess(accountId);
    WINDOW_OPEN.on(execution).set(true);
    execution.setVariables(assessed);
    risk.record(accountId, execution.getProcessInstanceId(), assessed, "renewal window opened");
  }
}
