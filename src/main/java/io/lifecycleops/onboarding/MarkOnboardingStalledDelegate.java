package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Outcome;
import io.lifecycleops.ownership.AccountStages;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Onboarding ended without meeting the exit criteria: the account is STALLED, with what is missing. */
@EntersStage("STALLED")
@Component
public class MarkOnboardingStalledDelegate implements JavaDelegate {

  private final AccountStages stages;

  public MarkOnboardingStalledDelegate(AccountStages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String missing = MISSING_EXIT_CRITERIA.from(execution);
    stages.enter(execution, Stage.STALLED, Map.of("missing", List.of(missing.split(","))));
    OUTCOME.on(execution).set(Outcome.STALLED.name());
  }
}
