package io.lifecycleops.sla;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import io.lifecycleops.decision.DecisionSubject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of a handoff task, used from the BPMN model: the boundary timers' dates
 * ({@code ${handoffSla.warningAt(execution)}}, ...) and by the handoff task listener for the task's
 * due date. The clock starts once, when the engine creates the task's timers, from the
 * {@code handoff-sla} table and the calendar it names, and lives in variables local to the task's
 * scope (so Cockpit shows it and the adjustments in {@link HandoffSlaAdjustments} can move it).
 */
@Component("handoffSla")
public class HandoffSla {

  public static final String HANDOFF = "handoff";
  static final String CALENDAR = "slaCalendar";
  static final String STARTED_AT = "slaStartedAt";
  static final String WARNING_AT = "slaWarningAt";
  static final String DUE_AT = "slaDueAt";
  static final String SECOND_LEVEL_AT = "slaSecondLevelAt";
  static final String PAUSED_AT = "slaPausedAt";
  static final String PAUSED_MINUTES = "slaPausedMinutes";
  /** Written once a manager extends the SLA (absent: never extended). */
  static final String EXTENDED_MINUTES = "slaExtendedMinutes";
  /** Optional input parameter: the SLA counts from this instant (e.g. the close), not from task creation. */
  public static final String STARTS_AT = "slaStartsAt";

  /** The handoff scope's local variables a clock is read from ({@link #read}), with the handoff's name. */
  static final java.util.List<String> CLOCK_VARIABLES =
      java.util.List.of(HANDOFF, CALENDAR, STARTED_AT, WARNING_AT, DUE_AT, SECOND_LEVEL_AT, PAUSED_AT, PAUSED_MINUTES,
          EXTENDED_MINUTES);

  private final SlaPolicies policies;
  private final SlaClocks clocks;
  private final Clock clock;

  public HandoffSla(SlaPolicies policies, SlaClocks clocks, Clock clock) {
    this.policies = policies;
    this.clocks = clocks;
    this.clock = clock;
  }

  public Date warningAt(VariableScope scope) {
    return Date.from(clockOf(scope).warningAt());
  }

  /** When the handoff breaches its SLA: the task's due date, and the breach timer's. */
  public Date dueAt(VariableScope scope) {
    return Date.from(clockOf(scope).dueAt());
  }

  /** {@link #dueAt}, by the name models deployed before 2026-12 use in their breach timers. */
  public Date breachAt(VariableScope scope) {
    return dueAt(scope);
  }

  public Date secondLevelAt(VariableScope scope) {
    return Date.from(clockOf(scope).secondLevelAt());
  }

  /**
   * The clock of the handoff whose scope this is; started on first use. Must be called on the
   * handoff task's own scope (its execution, or the task), where the {@code handoff} input lives.
   */
  public SlaClock clockOf(VariableScope scope) {
    if (scope.getVariableLocal(STARTED_AT) instanceof Date) {
      return read(scope.getVariablesLocal());
    }
    Object handoff = scope.getVariableLocal(HANDOFF);
    if (handoff == null) {
      throw new IllegalStateException(
          "a handoff task needs an input parameter '" + HANDOFF + "' naming its row in " + SlaPolicies.DECISION);
    }
    Map<String, Object> facts = scope.getVariables();
    Object from = scope.getVariableLocal(STARTS_AT);
    DecisionSubject subject = scope instanceof DelegateExecution execution ? DecisionSubject.of(execution)
        : scope instanceof DelegateTask task ? DecisionSubject.of(task.getExecution()) : null;
    SlaClock sla = clocks.start(policies.forHandoff(subject, handoff.toString(), facts), facts.get("region"),
        from instanceof Date d ? d.toInstant() : clock.instant());
    write(scope, sla);
    return sla;
  }

  /**
   * Stores a new clock in a handoff scope's local variables. A clock never paused has no pause variables ({@link #read}
   * takes their absence as none): two variables fewer, six rows fewer with full history, on every handoff.
   */
  public static void write(VariableScope scope, SlaClock sla) {
    Map<String, Object> variables = asVariables(sla);
    if (sla.pausedAt() == null && sla.paused().isZero()) {
      variables.remove(PAUSED_AT);
      variables.remove(PAUSED_MINUTES);
    }
    scope.setVariablesLocal(variables);
  }

  public static Map<String, Object> asVariables(SlaClock sla) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(CALENDAR, sla.calendarId());
    variables.put(STARTED_AT, Date.from(sla.startedAt()));
    variables.put(WARNING_AT, Date.from(sla.warningAt()));
    variables.put(DUE_AT, Date.from(sla.dueAt()));
    variables.put(SECOND_LEVEL_AT, Date.from(sla.secondLevelAt()));
    variables.put(PAUSED_AT, sla.pausedAt() == null ? null : Date.from(sla.pausedAt()));
    variables.put(PAUSED_MINUTES, sla.paused().toMinutes());
    if (!sla.extended().isZero()) {
      variables.put(EXTENDED_MINUTES, sla.extended().toMinutes());
    }
    return variables;
  }

  /** The clock recorded in a handoff scope's local variables (as read through the public API). */
  public static SlaClock read(Map<String, Object> local) {
    Object pausedAt = local.get(PAUSED_AT);
    Object pausedMinutes = local.get(PAUSED_MINUTES);
    Object extendedMinutes = local.get(EXTENDED_MINUTES);
    return new SlaClock(
        String.valueOf(local.get(CALENDAR)),
        ((Date) local.get(STARTED_AT)).toInstant(),
        ((Date) local.get(WARNING_AT)).toInstant(),
        ((Date) local.get(DUE_AT)).toInstant(),
        ((Date) local.get(SECOND_LEVEL_AT)).toInstant(),
        pausedAt instanceof Date d ? d.toInstant() : null,
        pausedMinutes instanceof Number n ? Duration.ofMinutes(n.longValue()) : Duration.ZERO,
        extendedMinutes instanceof Number n ? Duration.ofMinutes(n.longValue()) : Duration.ZERO);
  }

  /** True for the local variables of a handoff scope whose clock has started. */
  public static boolean isHandoffScope(Map<String, Object> local) {
    return local.get(STARTED_AT) instanceof Date && local.get(HANDOFF) != null;
  }

  public static String startedAtVariable() {
    return STARTED_AT;
  }

  /** The handoff-scope variable holding when its second level is due (read by migrations). */
  public static String secondLevelAtVariable() {
    return SECOND_LEVEL_AT;
  }
}
