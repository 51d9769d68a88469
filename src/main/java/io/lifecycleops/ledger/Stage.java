package io.lifecycleops.ledger;

import java.util.Arrays;
import java.util.Optional;

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
  CHURNED;

  /** A paying customer's stages (closed-won until churn). */
  public boolean isCustomer() {
    return switch (this) {
      case CLOSED_WON, ONBOARDING, ADOPTING, STALLED, RENEWAL, RENEWED -> true;
      default -> false;
    };
  }

  /** The stages in which customer success onboards the customer. */
  public boolean isOnboarding() {
    return this == CLOSED_WON || this == ONBOARDING;
  }

  /** The stage of that name, if it is one (an account without a stage has none). */
  public static Optional<Stage> of(String name) {
    return Arrays.stream(values()).filter(stage -> stage.name().equals(name)).findFirst();
  }
}
