package io.lifecycleops.handoff;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.sla.HandoffElements;
import java.util.Date;

/**
 * Variables shared by every handoff task, whatever its process. Local ones live on the handoff
 * task's scope; the rest are process variables the models and forms use.
 */
public final class HandoffVariables {

  /** Input parameter: the handoff's row key in raci, handoff-sla and the routing table. */
  public static final ProcessVariable<String> HANDOFF = LifecycleVariables.HANDOFF;
  /** Input parameter: the decision that routes this handoff ({@link HandoffRouting#DECISION}). */
  public static final ProcessVariable<String> ROUTING_DECISION = ProcessVariable.text("routingDecision");
  /**
   * Input parameter, optional: the team the task goes to instead of raci's responsible group, for one task per
   * consulted team (a multi-instance task over raci's consulted groups); escalation still follows the raci row.
   */
  public static final ProcessVariable<String> TEAM = ProcessVariable.text("team");
  /** Local: the task's name in the model, e.g. "Qualify lead". */
  public static final ProcessVariable<String> HANDOFF_NAME = ProcessVariable.text("handoffName");
  public static final ProcessVariable<String> RESPONSIBLE_GROUP = ProcessVariable.text("responsibleGroup");
  public static final ProcessVariable<String> ACCOUNTABLE_GROUP = ProcessVariable.text("accountableGroup");
  public static final ProcessVariable<String> SECOND_LEVEL_GROUP = ProcessVariable.text("secondLevelGroup");
  /** Local: Markdown naming the rules that sent the task to its rep, shown by every handoff form. */
  public static final ProcessVariable<String> WHY_THIS_CAME_TO_YOU = ProcessVariable.text("whyThisCameToYou");

  /** Process: short label of the subject shown in task names, e.g. "Northwind Logistics (HOT)". */
  public static final ProcessVariable<String> SUBJECT_LABEL = LifecycleVariables.SUBJECT_LABEL;
  /** Process: the current owner of the account, used by ACCOUNT_OWNER routing. */
  public static final ProcessVariable<String> ACCOUNT_OWNER = LifecycleVariables.ACCOUNT_OWNER;
  /** Process: who completed the latest handoff task. */
  public static final ProcessVariable<String> HANDOFF_COMPLETED_BY = ProcessVariable.text("handoffCompletedBy");

  // Escalation context, local to the escalation path's execution and shown in its form.
  public static final ProcessVariable<String> ESCALATION_GROUP = ProcessVariable.text("escalationGroup");
  public static final ProcessVariable<Integer> ESCALATION_LEVEL = HandoffElements.ESCALATION_LEVEL;
  public static final ProcessVariable<String> ESCALATION_HANDOFF = ProcessVariable.text("escalationHandoff");
  public static final ProcessVariable<String> ESCALATION_ASSIGNEE = ProcessVariable.text("escalationAssignee");
  public static final ProcessVariable<Date> ESCALATION_DUE_AT = ProcessVariable.instant("escalationDueAt");
  /**
   * When the manager should have answered: a breach escalation when it would go to the second level, a
   * second-level escalation at once. The escalation task's due date, so managers' queues sort and filter by it.
   */
  public static final ProcessVariable<Date> ESCALATION_ANSWER_BY = ProcessVariable.instant("escalationAnswerBy");
  public static final ProcessVariable<Object> ESCALATION_BUSINESS_MINUTES_LATE = ProcessVariable.any("escalationBusinessMinutesLate");
  public static final ProcessVariable<String> ESCALATION_TASK_ID = HandoffElements.ESCALATED_TASK;
  public static final ProcessVariable<String> ESCALATION_COCKPIT_URL = ProcessVariable.text("escalationCockpitUrl");
  public static final ProcessVariable<String> ESCALATION_TASKLIST_URL = ProcessVariable.text("escalationTasklistUrl");
  public static final ProcessVariable<String> ESCALATION_RESOLUTION = ProcessVariable.text("escalationResolution");
  public static final ProcessVariable<String> ESCALATION_NOTES = ProcessVariable.text("escalationNotes");
  /** Escalation form: the rep who gets the late handoff (resolution REASSIGNED). */
  public static final ProcessVariable<String> REASSIGN_TO = ProcessVariable.text("reassignTo");
  /** Escalation form: business time added to the handoff's SLA (resolution EXTENDED), e.g. P1D. */
  public static final ProcessVariable<String> EXTEND_BY = ProcessVariable.text("extendBy");

  private HandoffVariables() {}
}
