package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.process.RunningInstances;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private final RuntimeService runtime;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final JdbcTemplate jdbc;
  private final RunningInstances instances;

  public OnboardingMilestones(RuntimeService runtime, LifecycleLedger ledger, Actors actors, JdbcTemplate jdbc, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
    this.ledger = ledger;
    this.actors = actors;
    this.jdbc = jdbc;
  }

  /**
   * The milestones kept for an account whose onboarding had not started, as the variables its
   * onboarding starts with; they are consumed.
   */
  public Map<String, Object> takePending(String accountId) {
    Map<String, Object> variables = new HashMap<>();
    jdbc.query("select milestone, active_users from pending_milestone where account_id = ? order by id", rs -> {
      variables.putAll(variablesOf(Milestone.valueOf(rs.getString("milestone")), (Integer) rs.getObject("active_users")));
    }, accountId);
    jdbc.update("delete from pending_milestone where account_id = ?", accountId);
    return variables;
  }

  private static Map<String, Object> variablesOf(Milestone milestone, Integer activeUsers) {
    Map<String, Object> variables = new HashMap<>();
    if (milestone == Milestone.TECHNICAL_SETUP_DONE) {
      TECHNICAL_SETUP_DONE.put(variables, true);
    } else {
      FIRST_VALUE_REACHED.put(variables, true);
      ACTIVE_USERS.put(variables, activeUsers);
    }
    return variables;
  }

  /** @return the onboarding instance the milestone was applied to, or null when none runs */
  @Transactional
  public String reach(String accountId, Milestone milestone, Integer activeUsers) {
    ProcessInstance onboarding = instances.of(ClosedWonToOnboardingProcess.KEY, accountId).orElse(null);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("milestone", milestone.name());
    if (activeUsers != null) {
      details.put("activeUsers", activeUsers);
    }
    ledger.append(accountId, onboarding == null ? null : onboarding.getId(), LedgerEventType.MILESTONE_REACHED,
        onboarding == null ? null : LifecycleVariables.STAGE.from(runtime, onboarding.getId()), actors.current(), details);
    if (onboarding == null) {
      jdbc.update("insert into pending_milestone (account_id, milestone, active_users, received_at) values (?, ?, ?, ?)",
          accountId, milestone.name(), activeUsers, java.sql.Timestamp.from(ledger.now()));
      return null;
    }
    runtime.setVariables(onboarding.getId(), variablesOf(milestone, activeUsers));
    return onboarding.getId();
  }
}
