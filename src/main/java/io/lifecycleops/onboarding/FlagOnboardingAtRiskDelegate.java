package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The first-value target passed: ONBOARDING_AT_RISK in the account timeline, the AE informed. */
@Component
public class FlagOnboardingAtRiskDelegate implements JavaDelegate {

  private final LifecycleLedger ledger;

  public FlagOnboardingAtRiskDelegate(LifecycleLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("firstValueTarget", FIRST_VALUE_TARGET.from(execution));
    details.put("motion", MOTION.from(execution));
    details.put("customerSuccessManager", CSM.from(execution));
    details.put("informed", AE.from(execution));
    ledger.append(execution, LedgerEventType.ONBOARDING_AT_RISK, Actors.SYSTEM, details);
  }
}
