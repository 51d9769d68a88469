package io.lifecycleops.sla;

import java.time.Duration;

/**
 * One row of the {@code handoff-sla} table: how long a handoff may take, when to warn, how long
 * after the breach the second level is escalated, and which calendar counts the time.
 */
public record SlaPolicy(Duration sla, int warningPercent, Duration secondLevelAfter, String calendar) {

  public SlaPolicy {
    if (sla.isNegative() || sla.isZero()) {
      throw new IllegalArgumentException("an SLA must be positive, was " + sla);
    }
    if (warningPercent <= 0 || warningPercent >= 100) {
      throw new IllegalArgumentException("warningPercent must be between 1 and 99, was " + warningPercent);
    }
  }
}
