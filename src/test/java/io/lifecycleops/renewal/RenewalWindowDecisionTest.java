package io.lifecycleops.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenewalWindowDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("renewal-window");

  private static DmnDecisionResult evaluate(String segment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("segment", segment);
    return TABLE.evaluate(variables);
  }

  /** Map.of with an Integer, so the assertion also checks the output is typed integer, not Long. */
  private static Map<String, Object> window(int daysBeforeEnd) {
    return Map.of("daysBeforeEnd", daysBeforeEnd);
  }

  @ParameterizedTest
  @CsvSource({"ENTERPRISE, 120", "MID_MARKET, 90", "SMB, 60"})
  void shouldOpenSegmentWindowWhenSegmentKnown(String segment, int daysBeforeEnd) {
    assertThat(evaluate(segment).getSingleResult().getEntryMap()).isEqualTo(window(daysBeforeEnd));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_SEGMENT", "enterprise", "smb"})
  void shouldOpenNinetyDayWindowWhenSegmentUnknown(String segment) {
    assertThat(evaluate(segment).getSingleResult().getEntryMap()).isEqualTo(window(90));
  }
}
