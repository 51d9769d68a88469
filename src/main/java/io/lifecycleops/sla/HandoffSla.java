package io.lifecycleops.sla;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of a handoff task, used from the BPMN model: the boundary timers' dates
 * ({@code ${handoffSla.warningAt(execution)}}, ...) and by the handoff task listener for the task's
 * due date. The clock is computed once, when the engine creates the task's timers, from the
 * {@code handoff-sla} table, and kept in variables local to the task's scope.
 */
@Component("handoffSla")
public class HandoffSla {

  public static final String HANDOFF = "handoff";
  static final String STARTED_AT = "slaStartedAt";
  static final String WARNING_AT = "slaWarningAt";
  static final String DUE_AT = "slaDueAt";
  static final String SECOND_LEVEL_AT = "slaSecondLevelAt";

  private final SlaPolicies policies;
  private final Clock clock;

  public HandoffSla(SlaPolicies policies, Clock clock) {
    this.policies = policies;
    this.clock = clock;
  }

  public Date warningAt(VariableScope scope) {
    return Date.from(clockOf(scope).warningAt());
  }

  public Date breachAt(VariableScope scope) {
    return Date.from(clockOf(scope).dueAt());
  }

  public Date secondLevelAt(VariableScope scope) {
    return Date.from(clockOf(scope).secondLevelAt());
  }

  /**
   * The clock of the handoff whose scope this is; started on first use. Must be called on the
   * handoff task's own scope (its execution, or the task), where the {@code handoff} input lives.
   */
  public SlaClock clockOf(VariableScope scope) {
    Object started = scope.getVariableLocal(STARTED_AT);
    if (started instanceof Date) {
      return read(scope.getVariablesLocal());
    }
    Object handoff = scope.getVariableLocal(HANDOFF);
    if (handoff == null) {
      throw new IllegalStateException(
          "a handoff task needs an input parameter '" + HANDOFF + "' naming its row in " + SlaPolicies.DECISION);
    }
    SlaPolicy policy = policies.forHandoff(handoff.toString(), scope.getVariables());
    SlaClock sla = SlaClock.start(policy, clock.instant());
    scope.setVariableLocal(STARTED_AT, Date.from(sla.startedAt()));
    scope.setVariableLocal(WARNING_AT, Date.from(sla.warningAt()));
    scope.setVariableLocal(DUE_AT, Date.from(sla.dueAt()));
    scope.setVariableLocal(SECOND_LEVEL_AT, Date.from(sla.secondLevelAt()));
    return sla;
  }

  /** The clock recorded in a handoff scope's local variables (as read through the public API). */
  public static SlaClock read(Map<String, Object> localVariables) {
    return new SlaClock(
        ((Date) localVariables.get(STARTED_AT)).toInstant(),
        ((Date) localVariables.get(WARNING_AT)).toInstant(),
        ((Date) localVariables.get(DUE_AT)).toInstant(),
        ((Date) localVariables.get(SECOND_LEVEL_AT)).toInstant());
  }
}
