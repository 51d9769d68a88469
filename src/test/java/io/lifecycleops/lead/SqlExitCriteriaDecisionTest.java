package io.lifecycleops.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlExitCriteriaDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("sql-exit-criteria");

  private static DmnDecisionResult evaluate(boolean needConfirmed, boolean authorityIdentified,
      Integer timelineMonths, boolean meetingBooked) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("needConfirmed", needConfirmed);
    variables.put("authorityIdentified", authorityIdentified);
    variables.put("timelineMonths", timelineMonths);
    variables.put("meetingBooked", meetingBooked);
    return TABLE.evaluate(variables);
  }

  private static List<String> missingCriteria(boolean needConfirmed, boolean authorityIdentified,
      Integer timelineMonths, boolean meetingBooked) {
    return evaluate(needConfirmed, authorityIdentified, timelineMonths, meetingBooked).collectEntries("criterion");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 6, 9})
  void shouldMissNothingWhenAllCriteriaMetAndTimelineAtMost9Months(int timelineMonths) {
    assertThat(evaluate(true, true, timelineMonths, true).getResultList()).isEmpty();
  }

  @Test
  void shouldMissNeedWhenNeedNotConfirmed() {
    assertThat(evaluate(false, true, 3, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "NEED_CONFIRMED", "label", "Need confirmed"));
  }

  @Test
  void shouldMissAuthorityWhenDecisionMakerNotIdentified() {
    assertThat(evaluate(true, false, 3, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "AUTHORITY_IDENTIFIED", "label", "Decision-maker identified"));
  }

  @Test
  void shouldMissTimelineWhenTimelineUnknown() {
    assertThat(evaluate(true, true, null, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "TIMELINE_WITHIN_9_MONTHS", "label", "Timeline within 9 months"));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 12, 36})
  void shouldMissTimelineWhenTimelineBeyond9Months(int timelineMonths) {
    assertThat(evaluate(true, true, timelineMonths, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "TIMELINE_WITHIN_9_MONTHS", "label", "Timeline within 9 months"));
  }

  @Test
  void shouldMissMeetingWhenMeetingNotBooked() {
    assertThat(evaluate(true, true, 3, false).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "MEETING_BOOKED", "label", "Meeting booked"));
  }

  @Test
  void shouldMissEveryCriterionInTableOrderWhenNothingMet() {
    assertThat(missingCriteria(false, false, null, false))
        .containsExactly("NEED_CONFIRMED", "AUTHORITY_IDENTIFIED", "TIMELINE_WITHIN_9_MONTHS", "MEETING_BOOKED");
    assertThat(missingCriteria(false, false, 10, false))
        .containsExactly("NEED_CONFIRMED", "AUTHORITY_IDENTIFIED", "TIMELINE_WITHIN_9_MONTHS", "MEETING_BOOKED");
  }

  @Test
  void shouldMissOnlyTheUnmetCriteriaWhenSomeMet() {
    assertThat(missingCriteria(true, false, 10, true))
        .containsExactly("AUTHORITY_IDENTIFIED", "TIMELINE_WITHIN_9_MONTHS");
  }
}
