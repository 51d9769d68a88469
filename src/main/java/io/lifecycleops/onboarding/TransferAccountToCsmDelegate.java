package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.handoff.HandoffRouting;
import io.lifecycleops.ownership.OwnershipConflictException;
import io.lifecycleops.ownership.OwnershipTransfers;
import io.lifecycleops.ownership.RoundRobinAssigner;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sales to CS: the account's owner becomes a CSM of the motion's CS group (round-robin, with the cap
 * of the ACCEPT_ACCOUNT routing row). One atomic transfer; if the owner changed meanwhile the
 * transfer is refused with the OWNERSHIP_CONFLICT error.
 */
@Component
public class TransferAccountToCsmDelegate implements JavaDelegate {

  static final String ACCEPT_ACCOUNT = "ACCEPT_ACCOUNT";

  private final RoundRobinAssigner roundRobin;
  private final HandoffRouting routing;
  private final OwnershipTransfers transfers;

  public TransferAccountToCsmDelegate(RoundRobinAssigner roundRobin, HandoffRouting routing, OwnershipTransfers transfers) {
    this.roundRobin = roundRobin;
    this.routing = routing;
    this.transfers = transfers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = CS_GROUP.from(execution);
    int cap = routing.route(HandoffRouting.DECISION, ACCEPT_ACCOUNT, execution.getVariables()).openTaskCap();
    String csm = roundRobin.next(group, cap).orElseThrow(() -> new IllegalStateException(
        "no CSM of " + group + " is under the cap of " + cap + " open tasks: add CSMs or raise the cap; the transfer retries"));
    String ae = AE.from(execution);
    try {
      transfers.transfer(execution.getProcessBusinessKey(), ae, csm, "closed-won: onboarding by customer success",
          execution.getProcessInstanceId());
    } catch (OwnershipConflictException conflict) {
      throw new BpmnError(OwnershipConflictException.ERROR_CODE, conflict.getMessage());
    }
    CSM.on(execution).set(csm);
    ACCOUNT_OWNER.on(execution).set(csm);
  }
}
