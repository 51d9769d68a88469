package io.lifecycleops.risk;

import static io.lifecycleops.risk.RiskPlayProcess.Variables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A play's opening and closing in the account's ledger, as the model's steps:
 * {@code ${riskPlayLedger.opened(execution)}} and {@code ${riskPlayLedger.closed(execution, 'RESOLVED')}}.
 */
@Component("riskPlayLedger")
public class RiskPlayLedger {

  static final String RESOLVED = "RESOLVED";

  private final LifecycleLedger ledger;
  private final Actors actors;

  private final RiskPlayResolutions resolutions;

  RiskPlayLedger(LifecycleLedger ledger, Actors actors, RiskPlayResolutions resolutions) {
    this.ledger = ledger;
    this.actors = actors;
    this.resolutions = resolutions;
  }

  public void opened(DelegateExecution execution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("signals", RISK_SIGNALS.from(execution));
    details.put("severity", SEVERITY.from(execution));
    details.put("owner", ACCOUNT_OWNER.from(execution));
    ledger.append(execution, LedgerEventType.RISK_PLAY_OPENED, actors.current(), details);
  }

  public void closed(DelegateExecution execution, String outcome) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("outcome", outcome);
    details.put("signals", RISK_SIGNALS.from(execution));
    details.put("severity", SEVERITY.from(execution));
    details.put("recoveryPlan", RECOVERY_PLAN.from(execution));
    ledger.append(execution, LedgerEventType.RISK_PLAY_CLOSED, actors.current(), details);
    if (RESOLVED.equals(outcome)) {
      resolutions.resolved(execution.getProcessBusinessKey(), RISK_SIGNALS.from(execution), ledger.now());
    }
  }
}
