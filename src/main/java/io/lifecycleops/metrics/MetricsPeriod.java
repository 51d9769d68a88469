package io.lifecycleops.metrics;

import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldErrors;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;

/**
 * The period a metric is asked for: {@code from} and {@code to}, ISO dates, both inclusive, in UTC (from 00:00 on
 * {@code from} to 24:00 on {@code to}). At most {@link #MAX_DAYS} days, so that every answer bounds its work.
 */
record MetricsPeriod(LocalDate from, LocalDate to) {

  static final long MAX_DAYS = 3 * 366;

  /** The period, or a 400 naming every bad field (here and in {@code errors}, which other parameters filled). */
  static MetricsPeriod parse(String from, String to, FieldErrors errors) {
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        errors.add("to", "must not be before from (" + start + ")");
      } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
        errors.add("to", "the period may cover at most " + MAX_DAYS + " days");
      }
    }
    refuseIfAny(errors);
    return new MetricsPeriod(start, end);
  }

  /** A 400 naming every bad parameter, if there is one. */
  static void refuseIfAny(FieldErrors errors) {
    if (!errors.isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "The metric's parameters are not valid.", errors.list());
    }
  }

  private static LocalDate date(String field, String value, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      errors.add(field, "is required (an ISO date, e.g. 2026-10-01)");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (date.getYear() < 1900 || date.getYear() > 9999) {
        errors.add(field, "must be a date between the years 1900 and 9999");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(field, "must be an ISO date such as 2026-10-01, not '" + value + "'");
      return null;
    }
  }

  /** 00:00 UTC on {@code from}. */
  Timestamp start() {
    return Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** 00:00 UTC on the day after {@code to}: the end, exclusive. */
  Timestamp end() {
    return Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
