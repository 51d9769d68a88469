package io.lifecycleops.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskSignalsDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("risk-signals");

  /** Map.of with an Integer cool-down, so the assertion also checks the output is typed integer, not Long. */
  private static Map<String, Object> signal(String signal, String label, String severity, int coolDownDays) {
    return Map.of("signal", signal, "label", label, "severity", severity, "coolDownDays", coolDownDays);
  }

  private static final Map<String, Object> REPEATED_REOPENINGS =
      signal("REPEATED_REOPENINGS", "3 or more reopened tickets in 30 days", "MEDIUM", 14);
  private static final Map<String, Object> REPEATED_ESCALATIONS =
      signal("REPEATED_ESCALATIONS", "2 or more escalations in 30 days", "HIGH", 21);
  private static final Map<String, Object> CUSTOMER_SILENT =
      signal("CUSTOMER_SILENT", "No customer reply for 14 days on an open thread", "MEDIUM", 14);
  private static final Map<String, Object> NEGATIVE_SENTIMENT =
      signal("NEGATIVE_SENTIMENT", "Average sentiment below -0.3", "MEDIUM", 14);

  private static DmnDecisionResult evaluate(Integer reopenings, Integer escalations, Double daysWithoutReply,
      Double sentiment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("reopenings", reopenings);
    variables.put("escalations", escalations);
    variables.put("daysWithoutReply", daysWithoutReply);
    variables.put("sentiment", sentiment);
    return TABLE.evaluate(variables);
  }

  private static List<Map<String, Object>> signals(Integer reopenings, Integer escalations, Double daysWithoutReply,
      Double sentiment) {
    return evaluate(reopenings, escalations, daysWithoutReply, sentiment).getResultList();
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 25})
  void shouldSignalRepeatedReopeningsWhenThreeOrMoreTicketsReopened(int reopenings) {
    assertThat(signals(reopenings, 0, 0.0, 0.5)).containsExactly(REPEATED_REOPENINGS);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void shouldNotSignalReopeningsWhenFewerThanThreeTicketsReopened(int reopenings) {
    assertThat(signals(reopenings, 0, 0.0, 0.5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 10})
  void shouldSignalRepeatedEscalationsWithHighSeverityWhenTwoOrMoreEscalations(int escalations) {
    assertThat(signals(0, escalations, 0.0, 0.5)).containsExactly(REPEATED_ESCALATIONS);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void shouldNotSignalEscalationsWhenFewerThanTwo(int escalations) {
    assertThat(signals(0, escalations, 0.0, 0.5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {14, 14.5, 60})
  void shouldSignalCustomerSilentWhenNoReplyForFourteenDaysOrMore(double daysWithoutReply) {
    assertThat(signals(0, 0, daysWithoutReply, 0.5)).containsExactly(CUSTOMER_SILENT);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 7, 13.9, 13.99})
  void shouldNotSignalSilenceWhenCustomerAnsweredWithinFourteenDays(double daysWithoutReply) {
    assertThat(signals(0, 0, daysWithoutReply, 0.5)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.31, -0.5, -1})
  void shouldSignalNegativeSentimentWhenAverageBelowMinusPointThree(double sentiment) {
    assertThat(signals(0, 0, 0.0, sentiment)).containsExactly(NEGATIVE_SENTIMENT);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.3, -0.29, 0, 1})
  void shouldNotSignalSentimentWhenAverageAtOrAboveMinusPointThree(double sentiment) {
    assertThat(signals(0, 0, 0.0, sentiment)).isEmpty();
  }

  @Test
  void shouldCollectEverySignalInTableOrderWhenAllSignalsPresent() {
    assertThat(signals(5, 3, 20.0, -0.8))
        .containsExactly(REPEATED_REOPENINGS, REPEATED_ESCALATIONS, CUSTOMER_SILENT, NEGATIVE_SENTIMENT);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "3, 2, NULL, NULL, REPEATED_REOPENINGS;REPEATED_ESCALATIONS",
      "NULL, 2, 14, NULL, REPEATED_ESCALATIONS;CUSTOMER_SILENT",
      "0, 0, 14, -0.31, CUSTOMER_SILENT;NEGATIVE_SENTIMENT",
      "4, 1, 13.9, -0.9, REPEATED_REOPENINGS;NEGATIVE_SENTIMENT",
      "2, 5, 30, 0.2, REPEATED_ESCALATIONS;CUSTOMER_SILENT"})
  void shouldCollectSeveralSignalsWhenSeveralThresholdsAreCrossed(Integer reopenings, Integer escalations,
      Double daysWithoutReply, Double sentiment, String expected) {
    assertThat(evaluate(reopenings, escalations, daysWithoutReply, sentiment).<String>collectEntries("signal"))
        .containsExactly(expected.split(";"));
  }

  @Test
  void shouldGiveEachCollectedSignalItsOwnSeverityAndCoolDown() {
    assertThat(signals(3, 2, null, null))
        .extracting(r -> r.get("signal"), r -> r.get("severity"), r -> r.get("coolDownDays"))
        .containsExactly(tuple("REPEATED_REOPENINGS", "MEDIUM", 14), tuple("REPEATED_ESCALATIONS", "HIGH", 21));
  }

  @Test
  void shouldGiveNoSignalWhenEveryInputIsMissing() {
    assertThat(signals(null, null, null, null)).isEmpty();
  }

  @Test
  void shouldGiveNoSignalWhenTheAccountIsHealthy() {
    assertThat(signals(2, 1, 13.9, -0.3)).isEmpty();
  }

  /** A missing input matches no rule, while a present one still signals on its own. */
  @Test
  void shouldSignalOnlyThePresentInputsWhenSomeAreMissing() {
    assertThat(evaluate(null, 2, null, -0.5).<String>collectEntries("signal"))
        .containsExactly("REPEATED_ESCALATIONS", "NEGATIVE_SENTIMENT");
    assertThat(evaluate(3, null, 14.0, null).<String>collectEntries("signal"))
        .containsExactly("REPEATED_REOPENINGS", "CUSTOMER_SILENT");
  }
}
