package io.lifecycleops.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A clock tests move by hand; it moves the engine's clock along so both agree on "now". */
public class TestClock extends Clock {

  /** Monday 30 November 2026, 10:00 in Berlin: inside EMEA business hours, no holiday near. */
  public static final Instant MONDAY_10_BERLIN = java.time.ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0,
      ZoneId.of("Europe/Berlin")).toInstant();

  private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  public void reset() {
    now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ClockUtil.reset();
  }

  public void set(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  public void advance(Duration duration) {
    set(now.plus(duration));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
