package io.lifecycleops.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one handoff's SLA: when it started (at the calendar's next opening), when it warns,
 * is due and escalates to the second level, in which calendar it counts, any pause, and the time managers gave it
 * on top ({@code extended}). Its deadlines are always its SLA from {@code startedAt} plus {@code paused} plus
 * {@code extended}, so a recompute under a new table keeps pauses and extensions.
 */
public record SlaClock(
    String calendarId,
    Instant startedAt,
    Instant warningAt,
    Instant dueAt,
    Instant secondLevelAt,
    Instant pausedAt,
    Duration paused,
    Duration extended) {

  public SlaClock {
    extended = extended == null ? Duration.ZERO : extended;
  }

  public boolean isPaused() {
    return pausedAt != null;
  }

  /** Time the handoff has been open, counted in its calendar, without paused time. */
  public Duration elapsed(WorkingCalendar calendar, Instant now) {
    Duration running = calendar.between(startedAt, now).minus(paused);
    if (pausedAt != null) {
      running = running.minus(calendar.between(pausedAt, now));
    }
    return running.isNegative() ? Duration.ZERO : running;
  }

  public boolean metAt(Instant completedAt) {
    return !completedAt.isAfter(dueAt);
  }

  /** The same deadlines, each moved later by {@code amount} of calendar time (a pause or an extension). */
  public SlaClock shiftedBy(WorkingCalendar calendar, Duration amount) {
    return new SlaClock(calendarId, startedAt, calendar.plus(warningAt, amount), calendar.plus(dueAt, amount),
        calendar.plus(secondLevelAt, amount), pausedAt, paused, extended);
  }

  /** A manager's extension: every deadline moves by {@code amount} of calendar time, and the clock remembers it. */
  public SlaClock extendedBy(WorkingCalendar calendar, Duration amount) {
    SlaClock shifted = shiftedBy(calendar, amount);
    return new SlaClock(calendarId, startedAt, shifted.warningAt, shifted.dueAt, shifted.secondLevelAt, pausedAt, paused,
        extended.plus(amount));
  }

  public SlaClock pausedAt(Instant at) {
    return new SlaClock(calendarId, startedAt, warningAt, dueAt, secondLevelAt, at, paused, extended);
  }

  /**
   * Resumed: the pause's calendar time, in whole minutes as the clock keeps it, is added to the total and every
   * deadline moves by it.
   */
  public SlaClock resumedAt(WorkingCalendar calendar, Instant at) {
    Duration pause = calendar.between(pausedAt, at).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    return new SlaClock(calendarId, startedAt, warningAt, dueAt, secondLevelAt, null, paused.plus(pause), extended)
        .shiftedBy(calendar, pause);
  }
}
