package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.process.StartVariables;
import io.lifecycleops.account.ContractOpened;
import io.lifecycleops.account.Contracts.Contract;
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
    var start = new RenewalProcess.Start(contract.accountId(), accountName, contract.id(), segment, region,
        contract.arr().doubleValue(), contract.currency(), contract.termStart().toString(), contract.termEnd().toString(),
        contract.seats(), owner, false, false, null, null, accountName + " renewal " + contract.termEnd());
    return runtime.startProcessInstanceByKey(RenewalProcess.KEY, contract.accountId(), StartVariables.of(start)).getId();
  }
}
