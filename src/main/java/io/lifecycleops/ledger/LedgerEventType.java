package io.lifecycleops.ledger;

/** Kinds of fact the ledger records. Rows are never updated or deleted. */
public enum LedgerEventType {
  STAGE_ENTERED,
  STAGE_LEFT,
  /** What the lead tables made of a new MQL: segment, region, fit tier, priority, and its source. */
  LEAD_SCORED,
  HANDOFF_SENT,
  HANDOFF_ACCEPTED,
  HANDOFF_REJECTED,
  /** An open handoff ended without being done: its process moved on or ended (no SLA outcome follows). */
  HANDOFF_CANCELLED,
  SLA_STARTED,
  SLA_WARNED,
  /** The moment an SLA deadline passed with the handoff still open. */
  SLA_BREACHED,
  /** The handoff was completed within its SLA. */
  SLA_MET,
  /** The handoff was completed, but after its SLA deadline. */
  SLA_MISSED,
  /** The handoff waits on the customer: its SLA clock stops. */
  SLA_PAUSED,
  /** The customer answered: the clock runs again and every deadline moved by the paused time. */
  SLA_RESUMED,
  /** An open handoff's deadlines were moved: recomputed under a new policy, or extended by a manager. */
  SLA_ADJUSTED,
  ESCALATION_RAISED,
  ESCALATION_RESOLVED,
  OWNER_CHANGED,
  /** A transfer of an account was refused because its owner had changed meanwhile. */
  OWNERSHIP_CONFLICT,
  /** An open task moved to the account's new owner with the account. */
  TASK_MOVED,
  /** A revenue outcome with its ARR amount, currency and period (NEW, EXPANSION, CONTRACTION, CHURN, RENEWAL). */
  REVENUE,
  /** A renewal's risk and forecast category, when assessed and whenever they change. */
  RENEWAL_FORECAST,
  /** A usage signal or expansion request, and what became of it (started, joined, not qualified). */
  EXPANSION_SIGNAL,
  /** An onboarding milestone: technical setup done, first value reached. */
  MILESTONE_REACHED,
  /** The time-to-first-value target passed without first value. */
  ONBOARDING_AT_RISK,
  /** risk-signals found a risk in an account's signals (a play opens, or the open one takes the new signals). */
  RISK_DETECTED,
  RISK_PLAY_OPENED,
  /** A risk play ended: RESOLVED by its CSM, or CLEARED when the signals stayed clear for the cool-down. */
  RISK_PLAY_CLOSED,
  /** A healthy customer was asked for advocacy (advocacy-eligibility), with the moment and the reason. */
  ADVOCACY_ASKED,
  /** The customer agreed: REFERENCE, CASE_STUDY or REVIEW. */
  ADVOCACY_AGREED,
  ADVOCACY_DECLINED,
  /** What conversations and support say about an account over their window changed (the new values). */
  SIGNALS_CHANGED,
  EXIT_CRITERIA_MISSING,
  OPPORTUNITY_CREATED,
  /** A deal's forecast category changed (forecast-category), with the stage, amount and the owner's call. */
  FORECAST_CATEGORY_CHANGED,
  /** A deal sat in its stage past stale-stage, or past its close date while open: its manager reviews it. */
  DEAL_STALLED,
  /** The manager's answer to a stalled deal: close date pushed, moved back, or closed lost. */
  DEAL_REVIEWED,
  OPPORTUNITY_WON,
  OPPORTUNITY_LOST,
  /** An accepted event that changed nothing (e.g. the lead's process already runs), with the reason. */
  EVENT_NOT_APPLIED
}
