package io.lifecycleops.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LostReasonsDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("lost-reasons");

  private static DmnDecisionResult evaluate(String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("reason", reason);
    return TABLE.evaluate(variables);
  }

  @ParameterizedTest
  @CsvSource({
      "PRICE, Price", "COMPETITOR, Lost to a competitor", "NO_DECISION, No decision", "TIMING, Timing",
      "FIT, Not a fit", "OTHER, Other"})
  void shouldGiveLabelWhenReasonKnown(String reason, String label) {
    assertThat(evaluate(reason).getSingleResult().getEntryMap()).isEqualTo(Map.of("label", label));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_REASON", "price", "Lost to a competitor", "BUDGET"})
  void shouldMatchNothingWhenReasonUnknown(String reason) {
    assertThat(evaluate(reason).getResultList()).isEmpty();
  }
}
