package io.lifecycleops.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaleStageDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("stale-stage");

  private static DmnDecisionResult evaluate(String stage, String segment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    variables.put("segment", segment);
    return TABLE.evaluate(variables);
  }

  /** Map.of with an Integer, so the assertion also checks the output is typed integer, not Long. */
  private static Map<String, Object> staleAfter(int days) {
    return Map.of("staleAfterDays", days);
  }

  @Test
  void shouldAllow45DaysWhenEnterpriseDealInNegotiation() {
    assertThat(evaluate("NEGOTIATION", "ENTERPRISE").getSingleResult().getEntryMap()).isEqualTo(staleAfter(45));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "NEGOTIATION, MID_MARKET", "NEGOTIATION, SMB", "NEGOTIATION, NULL", "NEGOTIATION, enterprise",
      "DISCOVERY, ENTERPRISE", "EVALUATION, ENTERPRISE", "PROPOSAL, ENTERPRISE",
      "DISCOVERY, SMB", "EVALUATION, MID_MARKET", "PROPOSAL, NULL",
      "UNKNOWN_STAGE, ENTERPRISE", "NULL, NULL"})
  void shouldAllow30DaysWhenAnyOtherStageOrSegment(String stage, String segment) {
    assertThat(evaluate(stage, segment).getSingleResult().getEntryMap()).isEqualTo(staleAfter(30));
  }
}
