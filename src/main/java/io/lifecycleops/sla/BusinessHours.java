package io.lifecycleops.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business hours of one region: opening hours in the region's time zone on working days, minus
 * holidays. Local opening hours make daylight-saving changes come out right: a working day is always
 * {@code closes - opens} long.
 */
public final class BusinessHours implements WorkingCalendar {

  /** Guards against a calendar with no working day at all. */
  private static final int MAX_DAYS_SEARCHED = 3700;

  private final String id;
  private final ZoneId zone;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<DayOfWeek> workingDays;
  private final Set<LocalDate> holidays;

  public BusinessHours(String id, ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("calendar " + id + ": closes (" + closes + ") must be after opens (" + opens + ")");
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("calendar " + id + " has no working days");
    }
    this.id = id;
    this.zone = zone;
    this.opens = opens;
    this.closes = closes;
    this.workingDays = Set.copyOf(workingDays);
    this.holidays = Set.copyOf(holidays);
  }

  @Override
  public String id() {
    return id;
  }

  public ZoneId zone() {
    return zone;
  }

  public Duration workingDay() {
    return Duration.between(opens, closes);
  }

  @Override
  public Duration length(String isoDuration) {
    return WorkingCalendar.length(isoDuration, workingDay());
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  private ZonedDateTime openOn(LocalDate date) {
    return date.atTime(opens).atZone(zone);
  }

  private ZonedDateTime closeOn(LocalDate date) {
    return date.atTime(closes).atZone(zone);
  }

  /** True when the clock runs at this instant (opening inclusive, closing exclusive). */
  public boolean isOpen(Instant instant) {
    ZonedDateTime at = instant.atZone(zone);
    LocalDate date = at.toLocalDate();
    return isWorkingDay(date) && !at.isBefore(openOn(date)) && at.isBefore(closeOn(date));
  }

  @Override
  public Instant opening(Instant instant) {
    ZonedDateTime at = instant.atZone(zone);
    LocalDate date = at.toLocalDate();
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      ZonedDateTime open = openOn(date);
      if (at.isBefore(open)) {
        return open.toInstant();
      }
      if (at.isBefore(closeOn(date))) {
        return at.toInstant();
      }
    }
    throw new IllegalStateException("calendar " + id + " has no working day in ten years after " + instant);
  }

  @Override
  public Instant plus(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("cannot add a negative duration: " + amount);
    }
    Instant at = opening(start);
    Duration remaining = amount;
    while (true) {
      ZonedDateTime now = at.atZone(zone);
      ZonedDateTime close = closeOn(now.toLocalDate());
      Duration available = Duration.between(now, close);
      if (remaining.compareTo(available) <= 0) {
        return now.plus(remaining).toInstant();
      }
      remaining = remaining.minus(available);
      at = opening(close.toInstant());
    }
  }

  @Override
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    Instant at = opening(from);
    while (at.isBefore(to)) {
      ZonedDateTime close = closeOn(at.atZone(zone).toLocalDate());
      Instant end = close.toInstant().isBefore(to) ? close.toInstant() : to;
      total = total.plus(Duration.between(at, end));
      at = opening(close.toInstant());
    }
    return total;
  }
}
