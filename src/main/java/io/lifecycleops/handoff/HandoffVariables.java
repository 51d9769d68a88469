package io.lifecycleops.handoff;

/**
 * Variable names shared by every handoff task, whatever its process. Local ones live on the handoff
 * task's scope; the rest are process variables the models and forms use.
 */
public final class HandoffVariables {

  /** Input parameter: the handoff's row key in raci, handoff-sla and the routing table. */
  public static final String HANDOFF = "handoff";
  /** Input parameter: the decision that routes this handoff ({@link HandoffRouting#DECISION}). */
  public static final String ROUTING_DECISION = "routingDecision";
  /** Local: the task's name in the model, e.g. "Qualify lead". */
  public static final String HANDOFF_NAME = "handoffName";
  public static final String RESPONSIBLE_GROUP = "responsibleGroup";
  public static final String ACCOUNTABLE_GROUP = "accountableGroup";
  public static final String SECOND_LEVEL_GROUP = "secondLevelGroup";

  /** Process: short label of the subject shown in task names, e.g. "Northwind Logistics (HOT)". */
  public static final String SUBJECT_LABEL = "subjectLabel";
  /** Process: the current owner of the account, used by ACCOUNT_OWNER routing. */
  public static final String ACCOUNT_OWNER = "accountOwner";
  /** Process: who completed the latest handoff task. */
  public static final String HANDOFF_COMPLETED_BY = "handoffCompletedBy";

  // Escalation context, local to the escalation path's execution and shown in its form.
  public static final String ESCALATION_GROUP = "escalationGroup";
  public static final String ESCALATION_LEVEL = "escalationLevel";
  public static final String ESCALATION_HANDOFF = "escalationHandoff";
  public static final String ESCALATION_ASSIGNEE = "escalationAssignee";
  public static final String ESCALATION_DUE_AT = "escalationDueAt";
  /**
   * When the manager should have answered: a breach escalation when it would go to the second level, a
   * second-level escalation at once. The escalation task's due date, so managers' queues sort and filter by it.
   */
  public static final String ESCALATION_ANSWER_BY = "escalationAnswerBy";
  public static final String ESCALATION_BUSINESS_MINUTES_LATE = "escalationBusinessMinutesLate";
  public static final String ESCALATION_TASK_ID = "escalationTaskId";
  public static final String ESCALATION_COCKPIT_URL = "escalationCockpitUrl";
  public static final String ESCALATION_TASKLIST_URL = "escalationTasklistUrl";
  public static final String ESCALATION_RESOLUTION = "escalationResolution";
  public static final String ESCALATION_NOTES = "escalationNotes";
  /** Escalation form: the rep who gets the late handoff (resolution REASSIGNED). */
  public static final String REASSIGN_TO = "reassignTo";
  /** Escalation form: business time added to the handoff's SLA (resolution EXTENDED), e.g. P1D. */
  public static final String EXTEND_BY = "extendBy";

  private HandoffVariables() {}
}
