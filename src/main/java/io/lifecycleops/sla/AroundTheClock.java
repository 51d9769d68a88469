package io.lifecycleops.sla;

import java.time.Duration;
import java.time.Instant;

/** Plain calendar time: the clock always runs, a day is 24 hours. */
final class AroundTheClock implements WorkingCalendar {

  static final String ID = "CALENDAR";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration length(String isoDuration) {
    return WorkingCalendar.length(isoDuration, Duration.ofDays(1));
  }

  @Override
  public Instant opening(Instant instant) {
    return instant;
  }

  @Override
  public Instant plus(Instant start, Duration amount) {
    return start.plus(amount);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }
}
