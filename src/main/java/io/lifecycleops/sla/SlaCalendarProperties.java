package io.lifecycleops.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Business calendars per region, edited in application.yaml (or overridden by environment):
 * {@code lifecycle.sla.calendars.<ID>.zone / opens / closes / working-days / holidays}.
 */
@ConfigurationProperties("lifecycle.sla")
public record SlaCalendarProperties(String defaultCalendar, Map<String, Calendar> calendars) {

  public SlaCalendarProperties {
    calendars = calendars == null ? Map.of() : calendars;
  }

  public record Calendar(ZoneId zone, LocalTime opens, LocalTime closes, List<DayOfWeek> workingDays, List<LocalDate> holidays) {

    public Calendar {
      workingDays = workingDays == null ? List.of() : workingDays;
      holidays = holidays == null ? List.of() : holidays;
    }
  }
}
