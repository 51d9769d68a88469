package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Outcome;
import io.lifecycleops.ownership.AccountStages;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Onboarded: the account is ADOPTING. */
@EntersStage("ADOPTING")
@Component
public class MoveToAdoptingDelegate implements JavaDelegate {

  private final AccountStages stages;

  public MoveToAdoptingDelegate(AccountStages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.enter(execution, Stage.ADOPTING, Map.of("activeUsers", String.valueOf(ACTIVE_USERS.from(execution))));
    OUTCOME.on(execution).set(Outcome.ONBOARDED.name());
  }
}
