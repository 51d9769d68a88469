package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.ledger.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding milestones from product analytics or the CSM: recorded in the ledger and handed to the
 * account's running onboarding as variables, which its conditional events wait for (a milestone that
 * arrives before the process waits for it is not lost: the event fires as soon as it is reached).
 */
@Service
public class OnboardingMilestones {

  public enum Milestone {
    TECHNICAL_SETUP_DONE,
    FIRST_VALUE
  }

  public static final String APPLIED = "APPLIED";
  public static final String NO_ONBOARDING = "NO_ONBOARDING_IN_PROGRESS";

  private final RuntimeService runtime;
  private final LifecycleLedger ledger;
  private final Actors actors;

  public OnboardingMilestones(RuntimeService runtime, LifecycleLedger ledger, Actors actors) {
    this.runtime = runtime;
    this.ledger = ledger;
    this.actors = actors;
  }

  /** @return the onboarding instance the milestone was applied to, or null when none runs */
  @Transactional
  public String reach(String accountId, Milestone milestone, Integer activeUsers) {
    ProcessInstance onboarding = runtime.createProcessInstanceQuery().processDefinitionKey(ClosedWonToOnboardingProcess.KEY)
        .processInstanceBusinessKey(accountId).active().singleResult();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("milestone", milestone.name());
    if (activeUsers != null) {
      details.put("activeUsers", activeUsers);
    }
    ledger.append(accountId, onboarding == null ? null : onboarding.getId(), LedgerEventType.MILESTONE_REACHED,
        onboarding == null ? null : (String) runtime.getVariable(onboarding.getId(), "stage"), actors.current(), details);
    if (onboarding == null) {
      return null;
    }
    Map<String, Object> variables = new HashMap<>();
    if (milestone == Milestone.TECHNICAL_SETUP_DONE) {
      variables.put(TECHNICAL_SETUP_DONE, true);
    } else {
      variables.put(FIRST_VALUE_REACHED, true);
      variables.put(ACTIVE_USERS, activeUsers);
    }
    runtime.setVariables(onboarding.getId(), variables);
    return onboarding.getId();
  }
}
