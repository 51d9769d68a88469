package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.process.StartVariables;
import io.lifecycleops.account.Contracts;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * Expansion signals: the first one for an account starts an expansion; later ones join the open
 * expansion instead of starting another. The account row is locked while deciding, so concurrent
 * signals for one account cannot both start one.
 */
@Service
public class ExpansionSignals {

  private final RuntimeService runtime;
  private final AccountDirectory accounts;
  private final Contracts contracts;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final RunningInstances instances;

  public ExpansionSignals(RuntimeService runtime, AccountDirectory accounts, Contracts contracts,
      LifecycleLedger ledger, Actors actors, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
    this.accounts = accounts;
    this.contracts = contracts;
    this.ledger = ledger;
    this.actors = actors;
  }

  /** Runs inside the intake transaction, which holds the account's lock: concurrent signals join one expansion. */
  public EventReceipt receive(String eventId, String accountId, String signal, String note) {
    ProcessInstance open = instances.of(ExpansionProcess.KEY, accountId).orElse(null);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("signal", signal);
    details.put("note", note);
    if (open != null) {
      String signals = SIGNALS.from(runtime, open.getId());
      runtime.setVariable(open.getId(), SIGNALS.name(), latestThatFit(signals, describe(signal, note)));
      List<String> history = new ArrayList<>(historyOf(runtime, open.getId()));
      history.add(describe(signal, note));
      runtime.setVariable(open.getId(), SIGNAL_HISTORY.name(), json(history));
      details.put("result", EventStatus.JOINED.name());
      ledger.append(accountId, open.getId(), LedgerEventType.EXPANSION_SIGNAL, null, actors.current(), details);
      return new EventReceipt(eventId, EventStatus.JOINED, open.getId());
    }
    Account account = accounts.byId(accountId).orElseThrow();
    var start = new ExpansionProcess.Start(accountId, account.name(), account.segment(), account.region(), account.owner(), signal,
        describe(signal, note), json(List.of(describe(signal, note))), null,
        contracts.ofAccount(accountId).stream().reduce((a, b) -> b).map(Contracts.Contract::currency).orElse(null),
        account.name() + " expansion");
    String pi = runtime.startProcessInstanceByKey(ExpansionProcess.KEY, accountId, StartVariables.of(start)).getId();
    details.put("result", EventStatus.STARTED.name());
    ledger.append(accountId, pi, LedgerEventType.EXPANSION_SIGNAL, null, actors.current(), details);
    return new EventReceipt(eventId, EventStatus.STARTED, pi);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every signal that joined the expansion, oldest first (empty for an expansion started before the history existed). */
  static List<String> historyOf(RuntimeService runtime, String processInstanceId) {
    TypedValue value = runtime.getVariableTyped(processInstanceId, SIGNAL_HISTORY.name(), false);
    if (!(value instanceof SerializableValue serialized) || serialized.getValueSerialized() == null) {
      return List.of();
    }
    try {
      return List.of(JSON.readValue(serialized.getValueSerialized(), String[].class));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("signalHistory of " + processInstanceId + " is not a JSON array of texts", e);
    }
  }

  private static TypedValue json(List<String> history) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(history)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Camunda's text column holds 4000 characters; every signal stays in the account's timeline. */
  static final int MAX_SIGNALS_TEXT = 4000;

  /**
   * The signals an expansion shows in its task, one per line, oldest first: the oldest are dropped
   * once the text would not fit (the ledger keeps them all).
   */
  static String latestThatFit(String earlier, String newest) {
    java.util.Deque<String> lines = new java.util.ArrayDeque<>();
    if (earlier != null && !earlier.isEmpty()) {
      lines.addAll(List.of(earlier.split("\n")));
    }
    lines.addLast(newest.length() > MAX_SIGNALS_TEXT ? newest.substring(0, MAX_SIGNALS_TEXT) : newest);
    while (String.join("\n", lines).length() > MAX_SIGNALS_TEXT) {
      lines.removeFirst();
    }
    return String.join("\n", lines);
  }

  private static String describe(String signal, String note) {
    return note == null || note.isBlank() ? signal : signal + ": " + note;
  }
}
