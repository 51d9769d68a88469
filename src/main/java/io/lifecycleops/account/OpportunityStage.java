package io.lifecycleops.account;

import java.util.List;

/**
 * Deal stages (LIFECYCLE.md 3.2), in the order a deal moves through them; what it takes to leave one lives in
 * opportunity-exit-criteria and the probabilities in the forecast, not here.
 */
public enum OpportunityStage {
  DISCOVERY,
  EVALUATION,
  PROPOSAL,
  NEGOTIATION,
  CLOSED_WON,
  CLOSED_LOST;

  public boolean isClosed() {
    return this == CLOSED_WON || this == CLOSED_LOST;
  }

  /**
   * The stages a move from this stage to {@code target} leaves, whose exit criteria it needs: this one and every one
   * it skips on the way forward. None for a move back or a loss.
   */
  public List<OpportunityStage> leftFor(OpportunityStage target) {
    if (target == CLOSED_LOST || isClosed() || target.ordinal() <= ordinal()) {
      return List.of();
    }
    return List.of(values()).subList(ordinal(), Math.min(target.ordinal(), CLOSED_WON.ordinal()));
  }
}
