package io.lifecycleops.sla;

import io.lifecycleops.process.ProcessVariable;
import java.util.List;

/**
 * The element ids every handoff task brings along in any model, derived from the task's id
 * ({@code UserTask_QualifyLead}): its SLA boundary timers and escalation tasks. Models, the model
 * convention test, Tasklist's Escalations filter and the SLA adjustments all rely on these names.
 */
public final class HandoffElements {

  public static final String SLA_WARNING = "SlaWarning";
  public static final String SLA_BREACHED = "SlaBreached";
  public static final String SLA_SECOND_LEVEL = "SlaSecondLevel";
  /** Boundary-event id suffixes of a handoff's three SLA timers. */
  public static final List<String> SLA_TIMER_SUFFIXES = List.of(SLA_WARNING, SLA_BREACHED, SLA_SECOND_LEVEL);
  /** The message a handoff's breach or second-level timeout sends to its own process instance. */
  public static final String ESCALATION_MESSAGE = "SlaEscalated";
  /** The one escalation path of a process: an event subprocess started by {@link #ESCALATION_MESSAGE}. */
  public static final String ESCALATION_SUBPROCESS = "SubProcess_EscalateSla";
  public static final String RESOLVE_ESCALATION = "UserTask_ResolveSlaEscalation";
  /**
   * The SLA instants as {@code handoffSla}'s methods spell them, so as a timeout timer's date expression names them
   * ({@code ${handoffSla.dueAt(execution)}}): how a handoff's timer says which of the three it is.
   */
  public static final String WARNING_AT = "warningAt";
  public static final String DUE_AT = "dueAt";
  public static final String SECOND_LEVEL_AT = "secondLevelAt";

  /** Local to an escalation path: the handoff task it is about, and its level (1 breach, 2 second level). */
  public static final ProcessVariable<String> ESCALATED_TASK = ProcessVariable.text("escalationTaskId");
  public static final ProcessVariable<Integer> ESCALATION_LEVEL = ProcessVariable.integer("escalationLevel");

  /** Every escalation task id starts with this. */
  public static final String ESCALATION_TASK_PREFIX = "UserTask_Resolve";

  private static final String USER_TASK = "UserTask_";

  public static String slaWarning(String handoffTask) {
    return boundary(handoffTask, SLA_WARNING);
  }

  public static String slaBreached(String handoffTask) {
    return boundary(handoffTask, SLA_BREACHED);
  }

  public static String slaSecondLevel(String handoffTask) {
    return boundary(handoffTask, SLA_SECOND_LEVEL);
  }

  public static String resolveBreach(String handoffTask) {
    return ESCALATION_TASK_PREFIX + stem(handoffTask) + "SlaBreach";
  }

  public static String resolveSecondLevel(String handoffTask) {
    return ESCALATION_TASK_PREFIX + stem(handoffTask) + "SecondLevel";
  }

  private static String boundary(String handoffTask, String suffix) {
    return "BoundaryEvent_" + stem(handoffTask) + suffix;
  }

  private static String stem(String handoffTask) {
    if (!handoffTask.startsWith(USER_TASK)) {
      throw new IllegalArgumentException("a handoff task id starts with " + USER_TASK + ": " + handoffTask);
    }
    return handoffTask.substring(USER_TASK.length());
  }

  private HandoffElements() {}
}
