package io.lifecycleops.ownership;

import io.lifecycleops.account.AccountMoment;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ledger.StageTracker;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves an account's process and the account with it to a stage, in the engine's transaction: the ledger's
 * STAGE_LEFT / STAGE_ENTERED rows and the process's stage (StageTracker), and the account's own stage. Account
 * processes have the account id as business key.
 */
@Component
public class AccountStages {

  private final StageTracker stages;
  private final AccountDirectory accounts;
  private final ApplicationEventPublisher events;

  public AccountStages(StageTracker stages, AccountDirectory accounts, ApplicationEventPublisher events) {
    this.stages = stages;
    this.accounts = accounts;
    this.events = events;
  }

  /** As {@link #enter(DelegateExecution, Stage, Map)}, for an execution listener in a model: one detail, the stage by name. */
  public void enter(DelegateExecution execution, String stage, String detail, Object value) {
    Map<String, Object> details = new java.util.HashMap<>();
    details.put(detail, value);
    enter(execution, Stage.valueOf(stage), details);
  }

  public void enter(DelegateExecution execution, Stage stage, Map<String, ?> details) {
    stages.enter(execution, stage, details);
    accounts.setStage(execution.getProcessBusinessKey(), stage.name());
    events.publishEvent(new AccountMoment(execution.getProcessBusinessKey(), AccountMoment.Kind.STAGE_ENTERED, stage.name()));
  }
}
