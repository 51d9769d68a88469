package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

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
    facts.put(SEGMENT, execution.getVariable(SEGMENT));
    facts.put(ARR, execution.getVariable(ARR));
    Map<String, Object> motion = decisions.required(Decisions.ONBOARDING_MOTION, facts);
    execution.setVariable(MOTION, motion.get(MOTION));
    execution.setVariable(CS_GROUP, motion.get(CS_GROUP));
    execution.setVariable(KICKOFF_SLA, motion.get(KICKOFF_SLA));
    execution.setVariable(FIRST_VALUE_TARGET, motion.get(FIRST_VALUE_TARGET));
    stages.enter(execution, Stage.ONBOARDING, Map.of("motion", motion.get(MOTION)));
  }
}
