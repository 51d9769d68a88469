package io.lifecycleops.sla;

import java.time.Duration;
import java.time.Instant;

/** The instants of one handoff's SLA, fixed when the handoff starts. */
public record SlaClock(Instant startedAt, Instant warningAt, Instant dueAt, Instant secondLevelAt) {

  /** Computes the instants of a policy started at {@code start}. */
  public static SlaClock start(SlaPolicy policy, Instant start) {
    // Calendar time for now; business-hour calendars replace this arithmetic in one place.
    Duration warning = policy.sla().multipliedBy(policy.warningPercent()).dividedBy(100);
    Instant due = start.plus(policy.sla());
    return new SlaClock(start, start.plus(warning), due, due.plus(policy.secondLevelAfter()));
  }

  public boolean metAt(Instant completedAt) {
    return !completedAt.isAfter(dueAt);
  }

  public long elapsedMinutes(Instant completedAt) {
    return Duration.between(startedAt, completedAt).toMinutes();
  }
}
