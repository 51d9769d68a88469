package io.lifecycleops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of business-time arithmetic, over random starts (incl. DST weeks), SLAs and zones. */
class BusinessHoursProperties {

  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
      LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 2));

  @Provide
  Arbitrary<BusinessHours> calendars() {
    return Arbitraries.of("Europe/Berlin", "America/New_York", "Asia/Singapore", "Australia/Sydney")
        .map(zone -> new BusinessHours(zone, ZoneId.of(zone), LocalTime.of(9, 0), LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), HOLIDAYS));
  }

  @Provide
  Arbitrary<Instant> starts() {
    // 2026-01-01 .. 2027-12-31, minute resolution: covers every DST change of the zones above.
    long from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")).toInstant().getEpochSecond() / 60;
    return Arbitraries.longs().between(from, from + 2L * 365 * 24 * 60).map(m -> Instant.ofEpochSecond(m * 60));
  }

  private static boolean insideWorkingTimeOrAtClosing(BusinessHours calendar, Instant instant) {
    ZonedDateTime at = instant.atZone(calendar.zone());
    boolean closingInstant = at.toLocalTime().equals(LocalTime.of(17, 0)) && calendar.isWorkingDay(at.toLocalDate());
    return calendar.isOpen(instant) || closingInstant;
  }

  @Property(tries = 500)
  void dueIsNeverInNonWorkingTime(@ForAll("calendars") BusinessHours calendar, @ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 5000) int slaMinutes) {
    Instant due = calendar.plus(start, Duration.ofMinutes(slaMinutes));
    assertThat(insideWorkingTimeOrAtClosing(calendar, due)).as("due %s in %s", due.atZone(calendar.zone()), calendar.id()).isTrue();
  }

  @Property(tries = 500)
  void aLongerSlaNeverGivesAnEarlierDue(@ForAll("calendars") BusinessHours calendar, @ForAll("starts") Instant start,
      @ForAll @IntRange(min = 0, max = 5000) int shorter, @ForAll @IntRange(min = 0, max = 2000) int more) {
    Instant a = calendar.plus(start, Duration.ofMinutes(shorter));
    Instant b = calendar.plus(start, Duration.ofMinutes(shorter + more));
    assertThat(b).isAfterOrEqualTo(a);
  }

  @Property(tries = 500)
  void theBusinessTimeBetweenStartAndDueIsTheSla(@ForAll("calendars") BusinessHours calendar, @ForAll("starts") Instant start,
      @ForAll @IntRange(min = 0, max = 5000) int slaMinutes) {
    Duration sla = Duration.ofMinutes(slaMinutes);
    assertThat(calendar.between(start, calendar.plus(start, sla))).isEqualTo(sla);
  }

  @Property(tries = 300)
  void aPauseMovesTheDueDateByExactlyThePausedBusinessTime(@ForAll("calendars") BusinessHours calendar,
      @ForAll("starts") Instant start, @ForAll @IntRange(min = 30, max = 2000) int slaMinutes,
      @ForAll @IntRange(min = 0, max = 20000) int pauseAfter, @ForAll @IntRange(min = 0, max = 20000) int pauseFor) {
    Instant opened = calendar.opening(start);
    Duration sla = Duration.ofMinutes(slaMinutes);
    SlaClock clock = new SlaClock(calendar.id(), opened, calendar.plus(opened, sla.dividedBy(2)), calendar.plus(opened, sla),
        calendar.plus(opened, sla.multipliedBy(2)), null, Duration.ZERO, Duration.ZERO);
    Instant pausedAt = opened.plus(Duration.ofMinutes(pauseAfter));
    Instant resumedAt = pausedAt.plus(Duration.ofMinutes(pauseFor));

    SlaClock resumed = clock.pausedAt(pausedAt).resumedAt(calendar, resumedAt);

    assertThat(calendar.between(opened, resumed.dueAt())).isEqualTo(sla.plus(resumed.paused()));
    assertThat(resumed.paused()).isEqualTo(calendar.between(pausedAt, resumedAt));
  }

  @Property(tries = 200)
  void calendarTimeIsPlainTime(@ForAll("starts") Instant start, @ForAll @IntRange(min = 0, max = 100000) int minutes) {
    AroundTheClock plain = new AroundTheClock();
    assertThat(plain.plus(start, Duration.ofMinutes(minutes))).isEqualTo(start.plus(Duration.ofMinutes(minutes)));
  }
}
