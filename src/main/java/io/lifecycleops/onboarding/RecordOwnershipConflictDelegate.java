package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The account changed hands while this onboarding tried to transfer it: recorded, nothing transferred. */
@Component
public class RecordOwnershipConflictDelegate implements JavaDelegate {

  private final LifecycleLedger ledger;

  public RecordOwnershipConflictDelegate(LifecycleLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("expectedOwner", AE.from(execution));
    details.put("opportunityId", OPPORTUNITY_ID.from(execution));
    ledger.append(execution, LedgerEventType.OWNERSHIP_CONFLICT, Actors.SYSTEM, details);
    OUTCOME.on(execution).set(Outcome.OWNERSHIP_CONFLICT.name());
  }
}
