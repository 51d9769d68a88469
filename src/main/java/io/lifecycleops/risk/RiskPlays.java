package io.lifecycleops.risk;

import static io.lifecycleops.risk.RiskPlayProcess.Variables.*;

import io.lifecycleops.account.AccountSignals;
import io.lifecycleops.account.AccountSignalsChanged;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.process.StartVariables;
import io.lifecycleops.risk.RiskPlayProcess.Handoffs;
import io.lifecycleops.risk.RiskSignalsTable.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens, joins and clears an account's one risk play as its signals change (risk-signals decides), in the
 * transaction of the fact or recheck that changed them; after a CSM resolved a play, only a signal it did not have
 * opens the next one, until the signals clear; and answers the model's questions as {@code ${riskPlays...}}: which
 * teams review the play (raci's consulted groups), when the cool-down ends, and whether the signals stayed clear.
 */
@Component("riskPlays")
public class RiskPlays {

  private final AccountSignals signals;
  private final RiskSignalsTable table;
  private final RunningInstances instances;
  private final RuntimeService runtime;
  private final AccountDirectory accounts;
  private final RaciTable raci;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final RiskPlayResolutions resolutions;

  public RiskPlays(AccountSignals signals, RiskSignalsTable table, RunningInstances instances, RuntimeService runtime,
      AccountDirectory accounts, RaciTable raci, LifecycleLedger ledger, Actors actors, RiskPlayResolutions resolutions) {
    this.resolutions = resolutions;
    this.signals = signals;
    this.table = table;
    this.instances = instances;
    this.runtime = runtime;
    this.accounts = accounts;
    this.raci = raci;
    this.ledger = ledger;
    this.actors = actors;
  }

  @EventListener
  public void signalsChanged(AccountSignalsChanged changed) {
    String accountId = changed.accountId();
    ProcessInstance open = instances.of(RiskPlayProcess.KEY, accountId).orElse(null);
    // A prospect's silence or tickets are sales' business, not a risk play's.
    if (open == null && !accounts.byId(accountId).flatMap(account -> Stage.of(account.stage())).filter(Stage::isCustomer)
        .isPresent()) {
      return;
    }
    Verdict verdict = table.of(accountId, changed.signals());
    if (verdict.none()) {
      resolutions.forget(accountId);
      if (open != null && SIGNALS_CLEARED_AT.from(runtime, open.getId()) == null) {
        runtime.createMessageCorrelation(RiskPlayProcess.SIGNALS_CLEARED).processInstanceId(open.getId())
            .setVariable(SIGNALS_CLEARED_AT.name(), Date.from(ledger.now())).correlate();
      }
      return;
    }
    String codes = String.join(",", verdict.signals());
    Map<String, Object> play = new HashMap<>();
    RISK_SIGNALS.put(play, codes);
    RISK_SIGNAL_LABELS.put(play, String.join("\n", verdict.labels()));
    SEVERITY.put(play, verdict.severity());
    COOL_DOWN_DAYS.put(play, verdict.coolDownDays());
    if (open == null) {
      if (resolutions.acknowledged(accountId, verdict.signals())) {
        return;
      }
      resolutions.forget(accountId);
      Account account = accounts.byId(accountId).orElseThrow();
      var start = new RiskPlayProcess.Start(accountId, account.name(), account.segment(), account.region(), account.owner(),
          account.name(), codes, RISK_SIGNAL_LABELS.in(play), verdict.severity(), verdict.coolDownDays());
      open = runtime.startProcessInstanceByKey(RiskPlayProcess.KEY, accountId, StartVariables.of(start));
      detected(accountId, open.getId(), verdict, false);
      return;
    }
    String before = RISK_SIGNALS.from(runtime, open.getId());
    SIGNALS_CLEARED_AT.put(play, null);
    runtime.setVariables(open.getId(), play);
    if (!codes.equals(before)) {
      detected(accountId, open.getId(), verdict, true);
    }
  }

  private void detected(String accountId, String playId, Verdict verdict, boolean joined) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("signals", verdict.signals());
    details.put("severity", verdict.severity());
    details.put("joinedOpenPlay", joined);
    ledger.append(accountId, playId, LedgerEventType.RISK_DETECTED, null, actors.current(), details);
  }

  /** The teams raci consults on the investigation, each reviewing the play in its own task. */
  public List<String> consulted(DelegateExecution execution) {
    String consulted = raci.forHandoff(Handoffs.INVESTIGATE_ACCOUNT_RISK, execution.getVariables()).consulted();
    return consulted == null ? List.of()
        : Arrays.stream(consulted.split(",")).map(String::trim).filter(group -> !group.isEmpty()).toList();
  }

  /** The signals cleared at {@code signalsClearedAt}; the play may close after the cool-down. */
  public Date coolDownEndsAt(DelegateExecution execution) {
    return Date.from(SIGNALS_CLEARED_AT.from(execution).toInstant().plus(Duration.ofDays(COOL_DOWN_DAYS.from(execution))));
  }

  /** The signals stayed clear: the CSM's investigation ends, and with it the play (CLEARED). */
  public void endCleared(DelegateExecution execution) {
    runtime.createMessageCorrelation(RiskPlayProcess.PLAY_CLEARED).processInstanceId(execution.getProcessInstanceId())
        .correlate();
  }

  /** Clear since the last clearing for a whole cool-down, and clear now. */
  public boolean stillClear(DelegateExecution execution) {
    Date clearedAt = SIGNALS_CLEARED_AT.from(execution);
    if (clearedAt == null) {
      return false;
    }
    Instant due = clearedAt.toInstant().plus(Duration.ofDays(COOL_DOWN_DAYS.from(execution)));
    return !ledger.now().isBefore(due) && table.of(execution.getProcessBusinessKey(), signals.of(execution.getProcessBusinessKey())).none();
  }
}
