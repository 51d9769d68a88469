package io.lifecycleops.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine our calendars, so a model can say {@code business:EMEA:PT4H} wherever Camunda
 * takes a duration or due date (timer events, a user task's {@code camunda:dueDate}) and get
 * business time. Everything else keeps Camunda's own meaning.
 *
 * <p>This plugin and the calendar interface it implements are the one place we use the engine's
 * internal (impl) API: Camunda offers business calendars only there.
 */
@Component
public class BusinessCalendarPlugin extends AbstractProcessEnginePlugin {

  /** Prefix of a business-time description: {@code business:<calendar id>:<ISO-8601 duration>}. */
  public static final String PREFIX = "business:";

  private final WorkingCalendars calendars;
  private final Clock clock;

  public BusinessCalendarPlugin(WorkingCalendars calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new BusinessTimeAware(new DurationBusinessCalendar()));
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, new BusinessTimeAware(new DueDateBusinessCalendar()));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }

  /** Resolves {@code business:...} descriptions itself and hands anything else to Camunda's calendar. */
  final class BusinessTimeAware implements BusinessCalendar {

    private final BusinessCalendar camunda;

    BusinessTimeAware(BusinessCalendar camunda) {
      this.camunda = camunda;
    }

    @Override
    public Date resolveDuedate(String description) {
      return isBusinessTime(description) ? resolve(description, clock.instant()) : camunda.resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
      return isBusinessTime(description)
          ? resolve(description, startDate == null ? clock.instant() : startDate.toInstant())
          : camunda.resolveDuedate(description, startDate);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
      return isBusinessTime(description) ? resolve(description, clock.instant()) : camunda.resolveDuedate(description, task);
    }
  }

  static boolean isBusinessTime(String description) {
    return description != null && description.startsWith(PREFIX);
  }

  /** {@code business:EMEA:PT4H} from {@code start}: four EMEA business hours after the next opening. */
  Date resolve(String description, Instant start) {
    String[] parts = description.substring(PREFIX.length()).split(":", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + description + "' must look like business:<calendar>:<ISO-8601 duration>");
    }
    WorkingCalendar calendar = calendars.byId(parts[0].trim());
    return Date.from(calendar.plus(calendar.opening(start), calendar.length(parts[1].trim())));
  }
}
