package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.account.ContractOpened;
import io.lifecycleops.account.Contracts.Contract;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the renewal of a contract: one instance per contract, keyed by the account id. */
@Component
public class RenewalStarter {

  private final RuntimeService runtime;

  public RenewalStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Every contract renews: its renewal starts, asleep until the window opens, in the transaction that opened it. */
  @EventListener
  public void contractOpened(ContractOpened opened) {
    start(opened.contract(), opened.accountName(), opened.segment(), opened.region(), opened.owner());
  }

  public String start(Contract contract, String accountName, String segment, String region, String owner) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACCOUNT_ID, contract.accountId());
    variables.put(ACCOUNT_NAME, accountName);
    variables.put(CONTRACT_ID, contract.id());
    variables.put(SEGMENT, segment);
    variables.put(REGION, region);
    variables.put(ARR, contract.arr().doubleValue());
    variables.put(CURRENCY, contract.currency());
    variables.put(TERM_START, contract.termStart().toString());
    variables.put(TERM_END, contract.termEnd().toString());
    variables.put(SEATS, contract.seats());
    variables.put(ACCOUNT_OWNER, owner);
    variables.put(WINDOW_OPEN, false);
    variables.put(SAVE_PLAN_STARTED, false);
    variables.put(RISK, null);
    variables.put(OUTCOME, null);
    variables.put("subjectLabel", accountName + " renewal " + contract.termEnd());
    return runtime.startProcessInstanceByKey(RenewalProcess.KEY, contract.accountId(), variables).getId();
  }
}
