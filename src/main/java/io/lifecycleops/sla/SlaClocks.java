package io.lifecycleops.sla;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Starts SLA clocks: the one place where deadlines are computed from a policy and a calendar. */
@Component
public class SlaClocks {

  private final WorkingCalendars calendars;

  public SlaClocks(WorkingCalendars calendars) {
    this.calendars = calendars;
  }

  public WorkingCalendar calendarOf(SlaClock clock) {
    return calendars.byId(clock.calendarId());
  }

  /**
   * A clock started at {@code now}, or at the calendar's next opening when {@code now} is outside
   * working time. {@code alreadyPaused} keeps a recomputed clock's pauses counted.
   */
  /** A clock under {@code policy} that started at {@code startedAt} (null: now's next opening) with its pauses and extensions. */
  public SlaClock start(SlaPolicy policy, Object region, Instant now, Instant startedAt, Duration alreadyPaused,
      Instant pausedAt, Duration extended) {
    WorkingCalendar calendar = calendars.forPolicy(policy.calendar(), region);
    Instant start = startedAt != null ? startedAt : calendar.opening(now);
    Duration moved = alreadyPaused.plus(extended);
    Duration sla = calendar.length(policy.sla()).plus(moved);
    Duration warning = calendar.length(policy.sla()).multipliedBy(policy.warningPercent()).dividedBy(100).plus(moved);
    Instant due = calendar.plus(start, sla);
    return new SlaClock(calendar.id(), start, calendar.plus(start, warning), due,
        calendar.plus(due, calendar.length(policy.secondLevelAfter())), pausedAt, alreadyPaused, extended);
  }

  public SlaClock start(SlaPolicy policy, Object region, Instant now) {
    return start(policy, region, now, null, Duration.ZERO, null, Duration.ZERO);
  }
}
