package io.lifecycleops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic: weekends, holidays, daylight saving, starts outside hours. */
class BusinessHoursTest {

  static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

  static BusinessHours calendar(ZoneId zone, LocalDate... holidays) {
    return new BusinessHours("TEST", zone, LocalTime.of(9, 0), LocalTime.of(17, 0), WEEKDAYS, Set.of(holidays));
  }

  static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
  }

  @Test
  void shouldAddHoursWithinOneWorkingDay() {
    BusinessHours emea = calendar(BERLIN);
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 10, 0), Duration.ofHours(4))).isEqualTo(at(BERLIN, 2026, 11, 30, 14, 0));
  }

  @Test
  void shouldCarryOverToTheNextMorningAtClosingTime() {
    BusinessHours emea = calendar(BERLIN);
    // 16:00 + 4h: one hour today, three tomorrow from 09:00.
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 16, 0), Duration.ofHours(4))).isEqualTo(at(BERLIN, 2026, 12, 1, 12, 0));
  }

  @Test
  void shouldSkipTheWeekend() {
    BusinessHours emea = calendar(BERLIN);
    // Friday 16:30 + 1h = Monday 09:30.
    assertThat(emea.plus(at(BERLIN, 2026, 12, 4, 16, 30), Duration.ofHours(1))).isEqualTo(at(BERLIN, 2026, 12, 7, 9, 30));
  }

  @Test
  void shouldSkipHolidays() {
    BusinessHours emea = calendar(BERLIN, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    // Wednesday 23 Dec 16:00 + 2h: 1h on the 23rd, then Monday 28th (24th, 25th holidays, weekend).
    assertThat(emea.plus(at(BERLIN, 2026, 12, 23, 16, 0), Duration.ofHours(2))).isEqualTo(at(BERLIN, 2026, 12, 28, 10, 0));
  }

  @Test
  void shouldStartAnSlaThatBeginsOutsideHoursAtTheNextOpening() {
    BusinessHours emea = calendar(BERLIN);
    assertThat(emea.opening(at(BERLIN, 2026, 11, 30, 7, 15))).isEqualTo(at(BERLIN, 2026, 11, 30, 9, 0));
    assertThat(emea.opening(at(BERLIN, 2026, 11, 30, 17, 0))).isEqualTo(at(BERLIN, 2026, 12, 1, 9, 0));
    assertThat(emea.opening(at(BERLIN, 2026, 12, 5, 11, 0))).as("Saturday").isEqualTo(at(BERLIN, 2026, 12, 7, 9, 0));
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 22, 0), Duration.ofHours(1))).isEqualTo(at(BERLIN, 2026, 12, 1, 10, 0));
  }

  @Test
  void shouldCrossMidnightInTheCalendarsZoneNotUtc() {
    BusinessHours apac = calendar(SINGAPORE);
    // 16:30 in Singapore is 08:30 UTC; + 1h crosses Singapore's midnight to 09:30 next morning there.
    Instant start = at(SINGAPORE, 2026, 11, 30, 16, 30);
    assertThat(apac.plus(start, Duration.ofHours(1))).isEqualTo(at(SINGAPORE, 2026, 12, 1, 9, 30));
    assertThat(apac.plus(start, Duration.ofHours(1)).atZone(ZoneId.of("UTC")).getHour()).isEqualTo(1);
  }

  @Test
  void shouldHandleSubHourSlas() {
    BusinessHours emea = calendar(BERLIN);
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 16, 50), Duration.ofMinutes(15))).isEqualTo(at(BERLIN, 2026, 12, 1, 9, 5));
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 10, 0), Duration.ofMinutes(45))).isEqualTo(at(BERLIN, 2026, 11, 30, 10, 45));
  }

  @Test
  void shouldKeepEightHourDaysAcrossTheSpringDaylightSavingChangeInEachZone() {
    // Europe: last Sunday of March; US: second Sunday of March; Singapore has none.
    BusinessHours emea = calendar(BERLIN);
    assertThat(emea.plus(at(BERLIN, 2026, 3, 27, 15, 0), Duration.ofHours(4))).isEqualTo(at(BERLIN, 2026, 3, 30, 11, 0));
    assertThat(emea.between(at(BERLIN, 2026, 3, 27, 9, 0), at(BERLIN, 2026, 3, 30, 17, 0))).isEqualTo(Duration.ofHours(16));
    BusinessHours amer = calendar(NEW_YORK);
    assertThat(amer.plus(at(NEW_YORK, 2026, 3, 6, 15, 0), Duration.ofHours(4))).isEqualTo(at(NEW_YORK, 2026, 3, 9, 11, 0));
    assertThat(amer.between(at(NEW_YORK, 2026, 3, 6, 9, 0), at(NEW_YORK, 2026, 3, 9, 17, 0))).isEqualTo(Duration.ofHours(16));
    BusinessHours apac = calendar(SINGAPORE);
    assertThat(apac.plus(at(SINGAPORE, 2026, 3, 27, 15, 0), Duration.ofHours(4))).isEqualTo(at(SINGAPORE, 2026, 3, 30, 11, 0));
  }

  @Test
  void shouldKeepEightHourDaysAcrossTheAutumnDaylightSavingChange() {
    BusinessHours emea = calendar(BERLIN);
    // Clocks go back on Sunday 25 Oct 2026 in Europe and Sunday 1 Nov 2026 in the US.
    assertThat(emea.plus(at(BERLIN, 2026, 10, 23, 16, 0), Duration.ofHours(2))).isEqualTo(at(BERLIN, 2026, 10, 26, 10, 0));
    BusinessHours amer = calendar(NEW_YORK);
    assertThat(amer.plus(at(NEW_YORK, 2026, 10, 30, 16, 0), Duration.ofHours(2))).isEqualTo(at(NEW_YORK, 2026, 11, 2, 10, 0));
    assertThat(Duration.between(at(NEW_YORK, 2026, 10, 30, 16, 0), at(NEW_YORK, 2026, 11, 2, 10, 0)))
        .as("the wall-clock gap is an hour longer than without the change").isEqualTo(Duration.ofHours(67));
  }

  @Test
  void shouldCountOnlyBusinessTimeBetweenTwoInstants() {
    BusinessHours emea = calendar(BERLIN);
    // Friday 16:00 to Monday 10:00: one hour Friday, one hour Monday.
    assertThat(emea.between(at(BERLIN, 2026, 12, 4, 16, 0), at(BERLIN, 2026, 12, 7, 10, 0))).isEqualTo(Duration.ofHours(2));
    assertThat(emea.between(at(BERLIN, 2026, 12, 7, 10, 0), at(BERLIN, 2026, 12, 4, 16, 0))).isZero();
  }

  @Test
  void shouldReadDaysAsWorkingDays() {
    BusinessHours emea = calendar(BERLIN);
    assertThat(emea.length("P2D")).isEqualTo(Duration.ofHours(16));
    assertThat(emea.length("P1DT4H")).isEqualTo(Duration.ofHours(12));
    assertThat(emea.length("PT30M")).isEqualTo(Duration.ofMinutes(30));
    assertThat(new AroundTheClock().length("P2D")).isEqualTo(Duration.ofHours(48));
    // Two business days from Monday 10:00 end Wednesday 10:00.
    assertThat(emea.plus(at(BERLIN, 2026, 11, 30, 10, 0), emea.length("P2D"))).isEqualTo(at(BERLIN, 2026, 12, 2, 10, 0));
  }

  @Test
  void shouldRefuseDurationsThatAreNotDaysAndTimes() {
    BusinessHours emea = calendar(BERLIN);
    assertThatThrownBy(() -> emea.length("P1M")).hasMessageContaining("P1M");
    assertThatThrownBy(() -> emea.length("soon")).hasMessageContaining("soon");
    assertThatThrownBy(() -> emea.length("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldMoveDeadlinesByPausedBusinessTimeWhenAPauseSpansAWeekend() {
    BusinessHours emea = calendar(BERLIN);
    Instant start = at(BERLIN, 2026, 12, 4, 15, 0);
    SlaClock clock = new SlaClock("TEST", start, emea.plus(start, Duration.ofMinutes(180)), emea.plus(start, Duration.ofHours(4)),
        emea.plus(start, Duration.ofHours(8)), null, Duration.ZERO, Duration.ZERO);
    assertThat(clock.dueAt()).isEqualTo(at(BERLIN, 2026, 12, 7, 11, 0));

    // Paused Friday 16:30, resumed Monday 09:45: 30 + 45 business minutes.
    SlaClock resumed = clock.pausedAt(at(BERLIN, 2026, 12, 4, 16, 30)).resumedAt(emea, at(BERLIN, 2026, 12, 7, 9, 45));

    assertThat(resumed.paused()).isEqualTo(Duration.ofMinutes(75));
    assertThat(resumed.dueAt()).isEqualTo(at(BERLIN, 2026, 12, 7, 12, 15));
    assertThat(resumed.warningAt()).isEqualTo(at(BERLIN, 2026, 12, 7, 11, 15));
    assertThat(resumed.elapsed(emea, at(BERLIN, 2026, 12, 7, 10, 0))).isEqualTo(Duration.ofMinutes(105));
  }

  @Test
  void shouldRefuseACalendarWithoutWorkingTime() {
    assertThatThrownBy(() -> new BusinessHours("X", BERLIN, LocalTime.of(17, 0), LocalTime.of(9, 0), WEEKDAYS, Set.of()))
        .hasMessageContaining("closes");
    assertThatThrownBy(() -> new BusinessHours("X", BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), Set.of()))
        .hasMessageContaining("no working days");
  }
}
