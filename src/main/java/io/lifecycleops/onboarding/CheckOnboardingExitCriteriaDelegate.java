package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.decision.MissingCriteria;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Decisions;
import java.util.HashMap;
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
    Object activeUsers = ACTIVE_USERS.from(execution);
    Object seats = SEATS.from(execution);
    Double activation = activeUsers instanceof Number a && seats instanceof Number s && s.doubleValue() > 0
        ? a.doubleValue() / s.doubleValue() : null;
    Map<String, Object> facts = new HashMap<>();
    KICKOFF_HELD.put(facts, KICKOFF_HELD.isTrueIn(execution));
    facts.put("integrationLive", TECHNICAL_SETUP_DONE.isTrueIn(execution));
    facts.put("activationRate", activation);
    SUCCESS_CRITERIA_CONFIRMED.put(facts, SUCCESS_CRITERIA_CONFIRMED.isTrueIn(execution));
    MissingCriteria missing = MissingCriteria.of(decisions.all(Decisions.ONBOARDING_EXIT_CRITERIA, facts), "criterion");
    EXIT_CRITERIA_MET.on(execution).set(missing.none());
    MISSING_EXIT_CRITERIA.on(execution).set(missing.codesText());
  }
}
