package io.lifecycleops.account;

/** Deal stages (LIFECYCLE.md 3.2); probabilities live in the forecast tables, not here. */
public enum OpportunityStage {
  DISCOVERY,
  EVALUATION,
  PROPOSAL,
  NEGOTIATION,
  CLOSED_WON,
  CLOSED_LOST
}
