package io.lifecycleops.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenewalRiskDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("renewal-risk");

  private static final Map<String, Object> HIGH = Map.of("risk", "HIGH", "forecastCategory", "AT_RISK");
  private static final Map<String, Object> MEDIUM = Map.of("risk", "MEDIUM", "forecastCategory", "PROBABLE");
  private static final Map<String, Object> LOW = Map.of("risk", "LOW", "forecastCategory", "COMMIT");

  private static DmnDecisionResult evaluate(String usageTrend, Double seatUtilization, Integer openEscalations,
      Integer ticketReopenCount, Boolean championChanged, Integer nps) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("usageTrend", usageTrend);
    variables.put("seatUtilization", seatUtilization);
    variables.put("openEscalations", openEscalations);
    variables.put("ticketReopenCount", ticketReopenCount);
    variables.put("championChanged", championChanged);
    variables.put("nps", nps);
    return TABLE.evaluate(variables);
  }

  private static Map<String, Object> risk(String usageTrend, Double seatUtilization, Integer openEscalations,
      Integer ticketReopenCount, Boolean championChanged, Integer nps) {
    return evaluate(usageTrend, seatUtilization, openEscalations, ticketReopenCount, championChanged, nps)
        .getSingleResult().getEntryMap();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"0.95, 0, 0, 50", "NULL, NULL, NULL, NULL", "1.2, 1, 2, 100"})
  void shouldBeHighAtRiskWhenChampionChangedAndUsageDown(Double seatUtilization, Integer openEscalations,
      Integer ticketReopenCount, Integer nps) {
    assertThat(risk("DOWN", seatUtilization, openEscalations, ticketReopenCount, true, nps)).isEqualTo(HIGH);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 10})
  void shouldBeHighAtRiskWhenTwoOrMoreOpenEscalations(int openEscalations) {
    assertThat(risk("UP", 0.95, openEscalations, 0, false, 50)).isEqualTo(HIGH);
  }

  @Test
  void shouldNotBeHighWhenOneOpenEscalation() {
    assertThat(risk("UP", 0.95, 1, 0, false, 50)).isEqualTo(LOW);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -50, -100})
  void shouldBeHighAtRiskWhenNpsNegative(int nps) {
    assertThat(risk("UP", 0.95, 0, 0, false, nps)).isEqualTo(HIGH);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(ints = {0, 1, 100})
  void shouldNotBeHighWhenNpsZeroOrPositiveOrMissing(Integer nps) {
    assertThat(risk("UP", 0.95, 0, 0, false, nps)).isEqualTo(LOW);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.2, 0.39, 0.3999})
  void shouldBeHighAtRiskWhenSeatUtilizationBelow40Percent(double seatUtilization) {
    assertThat(risk("UP", seatUtilization, 0, 0, false, 50)).isEqualTo(HIGH);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(doubles = {0.7, 0.95})
  void shouldBeMediumProbableWhenUsageDownWithoutChampionChange(Double seatUtilization) {
    assertThat(risk("DOWN", seatUtilization, 0, 0, false, 50)).isEqualTo(MEDIUM);
    assertThat(risk("DOWN", seatUtilization, 1, 2, null, null)).isEqualTo(MEDIUM);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"UP", "FLAT", "NULL"})
  void shouldBeMediumProbableWhenChampionChangedWithoutUsageDown(String usageTrend) {
    assertThat(risk(usageTrend, 0.95, 0, 0, true, 50)).isEqualTo(MEDIUM);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 20})
  void shouldBeMediumProbableWhenThreeOrMoreTicketReopens(int ticketReopenCount) {
    assertThat(risk("UP", 0.95, 0, ticketReopenCount, false, 50)).isEqualTo(MEDIUM);
  }

  @Test
  void shouldNotBeMediumWhenTwoTicketReopens() {
    assertThat(risk("UP", 0.95, 0, 2, false, 50)).isEqualTo(LOW);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.4, 0.5, 0.69, 0.6999})
  void shouldBeMediumProbableWhenSeatUtilizationFrom40To70Percent(double seatUtilization) {
    assertThat(risk("FLAT", seatUtilization, 0, 0, false, 50)).isEqualTo(MEDIUM);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(doubles = {0.7, 0.85, 1.0, 1.3})
  void shouldBeLowCommitWhenNoRiskSignal(Double seatUtilization) {
    assertThat(risk("FLAT", seatUtilization, 0, 0, false, 0)).isEqualTo(LOW);
    assertThat(risk(null, seatUtilization, 1, 2, false, null)).isEqualTo(LOW);
    assertThat(risk("UP", seatUtilization, null, null, null, 100)).isEqualTo(LOW);
  }

  @Test
  void shouldPreferHighOverMediumWhenBothSignalsPresent() {
    assertThat(risk("DOWN", 0.39, 0, 5, false, 50)).isEqualTo(HIGH);
    assertThat(risk("FLAT", 0.6, 2, 5, true, 50)).isEqualTo(HIGH);
  }

  private static Map<String, Object> riskFromConversations(Double daysWithoutReply, Double sentiment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("usageTrend", "UP");
    variables.put("seatUtilization", 0.95);
    variables.put("openEscalations", 0);
    variables.put("ticketReopenCount", 0);
    variables.put("championChanged", false);
    variables.put("nps", 50);
    variables.put("daysWithoutReply", daysWithoutReply);
    variables.put("sentiment", sentiment);
    return TABLE.evaluate(variables).getSingleResult().getEntryMap();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"14, NULL", "30.5, 0.8", "NULL, -0.31", "2, -1", "14, -0.9"})
  void shouldBeMediumWhenTheCustomerIsSilentForTwoWeeksOrUnhappy(Double daysWithoutReply, Double sentiment) {
    assertThat(riskFromConversations(daysWithoutReply, sentiment)).isEqualTo(MEDIUM);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"NULL, NULL", "13.9, -0.3", "0, 0.5"})
  void shouldStayLowWhileTheCustomerAnswersAndIsNotUnhappy(Double daysWithoutReply, Double sentiment) {
    assertThat(riskFromConversations(daysWithoutReply, sentiment)).isEqualTo(LOW);
  }
}
