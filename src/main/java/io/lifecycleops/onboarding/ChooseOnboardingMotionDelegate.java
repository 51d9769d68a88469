package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Decisions;
import io.lifecycleops.ownership.AccountStages;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * HIGH_TOUCH / LOW_TOUCH / TECH_TOUCH, the CS group, kickoff SLA and first-value target (onboarding-motion).
 * Only for instances of closed-won-to-onboarding versions deployed before 2026-12 that wait in "Complete
 * handoff package": the model now binds the table itself (task "Choose onboarding motion").
 */
@EntersStage("ONBOARDING")
@Component
public class ChooseOnboardingMotionDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;
  private final AccountStages stages;

  public ChooseOnboardingMotionDelegate(io.lifecycleops.decision.Decisions decisions, AccountStages stages) {
    this.decisions = decisions;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> facts = new HashMap<>();
    SEGMENT.put(facts, SEGMENT.from(execution));
    ARR.put(facts, ARR.from(execution));
    Map<String, Object> motion = decisions.required(Decisions.ONBOARDING_MOTION, facts);
    MOTION.on(execution).set(MOTION.in(motion));
    CS_GROUP.on(execution).set(CS_GROUP.in(motion));
    KICKOFF_SLA.on(execution).set(KICKOFF_SLA.in(motion));
    FIRST_VALUE_TARGET.on(execution).set(FIRST_VALUE_TARGET.in(motion));
    stages.enter(execution, Stage.ONBOARDING, Map.of("motion", MOTION.in(motion)));
  }
}
