package io.lifecycleops.ledger;

/** Lifecycle stages a subject moves through (LIFECYCLE.md section 2). */
public enum Stage {
  MQL,
  SAL,
  SQL,
  OPPORTUNITY,
  NURTURE,
  DISQUALIFIED,
  CLOSED_WON,
  ONBOARDING,
  ADOPTING,
  STALLED,
  RENEWAL,
  RENEWED,
  CHURNED
}
