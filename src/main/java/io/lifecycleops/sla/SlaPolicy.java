package io.lifecycleops.sla;

/**
 * One row of the {@code handoff-sla} table: how long a handoff may take (ISO-8601; a day is a
 * working day in business-hours calendars), when to warn, how long after the breach the second level
 * is escalated, and which calendar counts the time.
 */
public record SlaPolicy(String sla, int warningPercent, String secondLevelAfter, String calendar) {

  public SlaPolicy {
    if (warningPercent <= 0 || warningPercent >= 100) {
      throw new IllegalArgumentException("warningPercent must be between 1 and 99, was " + warningPercent);
    }
    if (WorkingCalendar.length(sla, java.time.Duration.ofHours(8)).isZero()) {
      throw new IllegalArgumentException("an SLA must be positive, was " + sla);
    }
  }
}
