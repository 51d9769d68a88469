package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.decision.MissingCriteria;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Decisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Kickoff held, integration live, active users vs seats, success criteria confirmed (onboarding-exit-criteria). */
@Component
public class CheckOnboardingExitCriteriaDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;

  public CheckOnboardingExitCriteriaDelegate(io.lifecycleops.decision.Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object activeUsers = execution.getVariable(ACTIVE_USERS);
    Object seats = execution.getVariable(SEATS);
    Double activation = activeUsers instanceof Number a && seats instanceof Number s && s.doubleValue() > 0
        ? a.doubleValue() / s.doubleValue() : null;
    Map<String, Object> facts = new HashMap<>();
    facts.put(KICKOFF_HELD, Boolean.TRUE.equals(execution.getVariable(KICKOFF_HELD)));
    facts.put("integrationLive", Boolean.TRUE.equals(execution.getVariable(TECHNICAL_SETUP_DONE)));
    facts.put("activationRate", activation);
    facts.put(SUCCESS_CRITERIA_CONFIRMED, Boolean.TRUE.equals(execution.getVariable(SUCCESS_CRITERIA_CONFIRMED)));
    MissingCriteria missing = MissingCriteria.of(decisions.all(Decisions.ONBOARDING_EXIT_CRITERIA, facts), "criterion");
    execution.setVariable(EXIT_CRITERIA_MET, missing.none());
    execution.setVariable(MISSING_EXIT_CRITERIA, missing.codesText());
  }
}
