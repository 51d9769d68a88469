package io.lifecycleops.sla;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The configured calendars by id, and which one a handoff's SLA counts in. */
@Component
public class WorkingCalendars {

  /** handoff-sla's calendar column: count in the business hours of the subject's region. */
  public static final String BUSINESS_HOURS = "BUSINESS_HOURS";

  private final Map<String, WorkingCalendar> byId = new LinkedHashMap<>();
  private final String defaultCalendar;

  public WorkingCalendars(SlaCalendarProperties properties) {
    properties.calendars().forEach((id, c) -> byId.put(id, new BusinessHours(id, c.zone(), c.opens(), c.closes(),
        new HashSet<>(c.workingDays()), new HashSet<>(c.holidays()))));
    byId.put(AroundTheClock.ID, new AroundTheClock());
    this.defaultCalendar = properties.defaultCalendar();
    if (defaultCalendar == null || !byId.containsKey(defaultCalendar)) {
      throw new IllegalStateException("lifecycle.sla.default-calendar must name one of " + byId.keySet());
    }
  }

  public WorkingCalendar byId(String id) {
    WorkingCalendar calendar = byId.get(id);
    if (calendar == null) {
      throw new IllegalArgumentException("no SLA calendar '" + id + "'; configured: " + byId.keySet());
    }
    return calendar;
  }

  /**
   * The calendar the handoff-sla table asks for: BUSINESS_HOURS means the region's calendar (the
   * default calendar when the region has none), CALENDAR plain time, anything else a calendar id.
   */
  public WorkingCalendar forPolicy(String calendarColumn, Object region) {
    if (BUSINESS_HOURS.equals(calendarColumn)) {
      return region != null && byId.containsKey(region.toString()) ? byId.get(region.toString()) : byId.get(defaultCalendar);
    }
    return byId(calendarColumn);
  }
}
