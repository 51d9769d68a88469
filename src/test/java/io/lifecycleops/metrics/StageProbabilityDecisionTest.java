package io.lifecycleops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** stage-probability: the forecast's default win probability per open deal stage; closed or unknown stages have none. */
class StageProbabilityDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("stage-probability");

  private static DmnDecisionResult evaluate(String stage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    return TABLE.evaluate(variables);
  }

  @ParameterizedTest
  @CsvSource({"DISCOVERY, 0.10", "EVALUATION, 0.25", "PROPOSAL, 0.50", "NEGOTIATION, 0.75"})
  void shouldGiveTheDefaultProbabilityOfEachOpenStage(String stage, double probability) {
    assertThat(evaluate(stage).getSingleResult().getEntryMap()).isEqualTo(Map.of("probability", probability));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"CLOSED_WON", "CLOSED_LOST", "discovery", "NULL"})
  void shouldGiveNoProbabilityForClosedOrUnknownStages(String stage) {
    assertThat(evaluate(stage)).isEmpty();
  }
}
