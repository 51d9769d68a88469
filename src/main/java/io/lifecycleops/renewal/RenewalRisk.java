package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.account.AccountRisk;
import io.lifecycleops.account.AccountSignalsChanged;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.process.RunningInstances;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Renewal risk from the account's health (renewal-risk table). Assessed when the window opens and
 * again whenever the health of an account with an open renewal changes; a change of risk or forecast
 * is a RENEWAL_FORECAST row, and risk turning HIGH starts a save plan in the model.
 */
@Service
public class RenewalRisk {

  private final AccountRisk risk;
  private final RuntimeService runtime;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final RunningInstances instances;

  public RenewalRisk(AccountRisk risk, RuntimeService runtime, LifecycleLedger ledger,
      Actors actors, RunningInstances instances) {
    this.instances = instances;
    this.risk = risk;
    this.runtime = runtime;
    this.ledger = ledger;
    this.actors = actors;
  }

  /** Risk, forecast category and the health facts behind them, as process variables. */
  public Map<String, Object> assess(String accountId) {
    AccountRisk.Assessment assessed = risk.assess(accountId);
    Map<String, Object> variables = new HashMap<>(assessed.facts());
    RISK.put(variables, (String) assessed.risk());
    FORECAST_CATEGORY.put(variables, (String) assessed.forecastCategory());
    return variables;
  }

  public void record(String accountId, String processInstanceId, Map<String, Object> assessed, String why) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("risk", RISK.in(assessed));
    details.put("forecastCategory", FORECAST_CATEGORY.in(assessed));
    details.put("why", why);
    ledger.append(accountId, processInstanceId, LedgerEventType.RENEWAL_FORECAST, "RENEWAL", actors.current(), details);
  }

  /** What conversations and support say about the account changed: its open renewal re-assesses, as on a health report. */
  @EventListener
  public void signalsChanged(AccountSignalsChanged changed) {
    reassessOpenRenewals(changed.accountId());
  }

  /** The account's health changed: every open renewal past its window is re-assessed. */
  public int reassessOpenRenewals(String accountId) {
    int changed = 0;
    for (ProcessInstance renewal : instances.all(RenewalProcess.KEY, accountId)) {
      if (!Boolean.TRUE.equals(WINDOW_OPEN.from(runtime, renewal.getId()))) {
        continue;
      }
      Map<String, Object> assessed = assess(accountId);
      Object before = RISK.from(runtime, renewal.getId());
      Object beforeCategory = FORECAST_CATEGORY.from(runtime, renewal.getId());
      runtime.setVariables(renewal.getId(), assessed);
      if (!Objects.equals(before, RISK.in(assessed)) || !Objects.equals(beforeCategory, FORECAST_CATEGORY.in(assessed))) {
        record(accountId, renewal.getId(), assessed, "account health changed");
        changed++;
      }
    }
    return changed;
  }
}
