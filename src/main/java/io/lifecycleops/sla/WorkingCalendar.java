package io.lifecycleops.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as an SLA counts it: business hours of a region (opening hours, working days, holidays), or
 * plain calendar time.
 */
public interface WorkingCalendar {

  /** The calendar's id, e.g. EMEA, or CALENDAR for plain time. */
  String id();

  /** The length of an ISO-8601 duration in this calendar: a day is one working day here. */
  Duration length(String isoDuration);

  /** The first instant at or after {@code instant} at which the clock runs. */
  Instant opening(Instant instant);

  /** The instant when {@code amount} of this calendar's time has passed after {@code start}. */
  Instant plus(Instant start, Duration amount);

  /** This calendar's time that passes between two instants (zero if {@code to} is not after {@code from}). */
  Duration between(Instant from, Instant to);

  /** Parses [P[nD]][T[nH][nM][nS]] into days and a time part, so that days can mean working days. */
  static Duration length(String isoDuration, Duration dayLength) {
    if (isoDuration == null || isoDuration.isBlank()) {
      throw new IllegalArgumentException("an SLA duration is required, e.g. PT4H or P2D");
    }
    String text = isoDuration.trim().toUpperCase();
    if (!text.startsWith("P") || text.contains("Y") || text.contains("W") || text.matches("P[^T]*M.*")) {
      throw new IllegalArgumentException(
          "'" + isoDuration + "' is not a supported ISO-8601 duration: use days, hours, minutes, seconds (e.g. P1DT4H)");
    }
    int t = text.indexOf('T');
    String datePart = t < 0 ? text.substring(1) : text.substring(1, t);
    String timePart = t < 0 ? "" : text.substring(t);
    long days = 0;
    if (!datePart.isEmpty()) {
      if (!datePart.matches("\\d+D")) {
        throw new IllegalArgumentException("'" + isoDuration + "' is not a supported ISO-8601 duration");
      }
      days = Long.parseLong(datePart.substring(0, datePart.length() - 1));
    }
    Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse("P" + timePart);
    Duration total = dayLength.multipliedBy(days).plus(time);
    if (total.isNegative()) {
      throw new IllegalArgumentException("'" + isoDuration + "' is negative");
    }
    return total;
  }
}
