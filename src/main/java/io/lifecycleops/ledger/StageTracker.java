package io.lifecycleops.ledger;

import static io.lifecycleops.process.LifecycleVariables.STAGE;

import io.lifecycleops.identity.Actors;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a process's subject to a new stage: a STAGE_LEFT row for the old stage, a STAGE_ENTERED
 * row for the new one, and the {@code stage} process variable, all in the engine's transaction.
 */
@Component
public class StageTracker {

  private final LifecycleLedger ledger;
  private final Actors actors;

  public StageTracker(LifecycleLedger ledger, Actors actors) {
    this.ledger = ledger;
    this.actors = actors;
  }

  /** For models: {@code ${stageTracker.enter(execution, 'MQL')}} as a start listener. */
  public void enter(DelegateExecution execution, String next) {
    enter(execution, Stage.valueOf(next), Map.of());
  }

  public void enter(DelegateExecution execution, Stage next, Map<String, ?> details) {
    String actor = actors.current();
    String current = STAGE.from(execution);
    if (current != null) {
      if (current.equals(next.name())) {
        return;
      }
      ledger.append(execution, LedgerEventType.STAGE_LEFT, current, actor, Map.of());
    }
    ledger.append(execution, LedgerEventType.STAGE_ENTERED, next.name(), actor, new HashMap<>(details));
    STAGE.on(execution).set(next.name());
  }
}
