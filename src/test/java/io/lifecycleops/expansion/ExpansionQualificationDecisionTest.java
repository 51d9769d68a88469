package io.lifecycleops.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpansionQualificationDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("expansion-qualification");

  private static final Map<String, Object> NOT_QUALIFIED = qualification(false, "NONE", "CSM");

  private static DmnDecisionResult evaluate(String signal, String risk, String segment,
      Integer daysSinceLastExpansion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("signal", signal);
    variables.put("risk", risk);
    variables.put("segment", segment);
    variables.put("daysSinceLastExpansion", daysSinceLastExpansion);
    return TABLE.evaluate(variables);
  }

  private static Map<String, Object> qualification(boolean qualified, String play, String ownerRole) {
    return Map.of("qualified", qualified, "play", play, "ownerRole", ownerRole);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "SEAT_UTILIZATION_HIGH, ENTERPRISE, NULL", "USAGE_OVER_ENTITLEMENT, SMB, 400", "NEW_TEAM, MID_MARKET, 5",
      "PRODUCT_QUALIFIED, NULL, 90", "CSM_REQUEST, ENTERPRISE, NULL", "CSM_REQUEST, SMB, 10"})
  void shouldNotQualifyWhenRiskHigh(String signal, String segment, Integer daysSinceLastExpansion) {
    assertThat(evaluate(signal, "HIGH", segment, daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(NOT_QUALIFIED);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "SEAT_UTILIZATION_HIGH, ENTERPRISE, 29", "USAGE_OVER_ENTITLEMENT, MID_MARKET, 0", "NEW_TEAM, SMB, 15",
      "PRODUCT_QUALIFIED, ENTERPRISE, 29", "SEAT_UTILIZATION_HIGH, NULL, 1"})
  void shouldNotQualifyWhenLastExpansionUnder30DaysAgo(String signal, String segment, int daysSinceLastExpansion) {
    assertThat(evaluate(signal, "LOW", segment, daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(NOT_QUALIFIED);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, 29, AM", "ENTERPRISE, 0, AM", "SMB, 29, CSM",
      "NULL, 5, CSM"})
  void shouldQualifyCsmRequestWhenLastExpansionUnder30DaysAgo(String segment, int daysSinceLastExpansion,
      String ownerRole) {
    assertThat(evaluate("CSM_REQUEST", "MEDIUM", segment, daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "UPSELL_SEATS", ownerRole));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "SEAT_UTILIZATION_HIGH, LOW, 30", "SEAT_UTILIZATION_HIGH, MEDIUM, NULL", "SEAT_UTILIZATION_HIGH, NULL, 365"})
  void shouldUpsellSeatsByAmWhenSeatUtilizationHighAtEnterprise(String signal, String risk,
      Integer daysSinceLastExpansion) {
    assertThat(evaluate(signal, risk, "ENTERPRISE", daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "UPSELL_SEATS", "AM"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"MID_MARKET, LOW, 30", "SMB, MEDIUM, NULL", "NULL, NULL, 31"})
  void shouldUpsellSeatsByCsmWhenSeatUtilizationHighOutsideEnterprise(String segment, String risk,
      Integer daysSinceLastExpansion) {
    assertThat(evaluate("SEAT_UTILIZATION_HIGH", risk, segment, daysSinceLastExpansion).getSingleResult()
        .getEntryMap()).isEqualTo(qualification(true, "UPSELL_SEATS", "CSM"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, LOW, 30, AM", "ENTERPRISE, NULL, NULL, AM",
      "MID_MARKET, MEDIUM, 30, CSM", "SMB, LOW, NULL, CSM", "NULL, LOW, 90, CSM"})
  void shouldUpgradeTierWhenUsageOverEntitlement(String segment, String risk, Integer daysSinceLastExpansion,
      String ownerRole) {
    assertThat(evaluate("USAGE_OVER_ENTITLEMENT", risk, segment, daysSinceLastExpansion).getSingleResult()
        .getEntryMap()).isEqualTo(qualification(true, "UPGRADE_TIER", ownerRole));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, LOW, 30, AM", "ENTERPRISE, MEDIUM, NULL, AM",
      "MID_MARKET, LOW, 30, CSM", "SMB, NULL, NULL, CSM", "NULL, LOW, 45, CSM"})
  void shouldCrossSellWhenNewTeam(String segment, String risk, Integer daysSinceLastExpansion, String ownerRole) {
    assertThat(evaluate("NEW_TEAM", risk, segment, daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "CROSS_SELL", ownerRole));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"ENTERPRISE", "MID_MARKET", "SMB"})
  void shouldCrossSellByCsmWhenProductQualified(String segment) {
    assertThat(evaluate("PRODUCT_QUALIFIED", "LOW", segment, 30).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "CROSS_SELL", "CSM"));
    assertThat(evaluate("PRODUCT_QUALIFIED", null, segment, null).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "CROSS_SELL", "CSM"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, LOW, 30, AM", "ENTERPRISE, NULL, NULL, AM",
      "MID_MARKET, MEDIUM, 30, CSM", "SMB, LOW, NULL, CSM", "NULL, NULL, NULL, CSM"})
  void shouldUpsellSeatsWhenCsmRequest(String segment, String risk, Integer daysSinceLastExpansion,
      String ownerRole) {
    assertThat(evaluate("CSM_REQUEST", risk, segment, daysSinceLastExpansion).getSingleResult().getEntryMap())
        .isEqualTo(qualification(true, "UPSELL_SEATS", ownerRole));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_SIGNAL", "new_team"})
  void shouldNotQualifyWhenSignalUnknown(String signal) {
    assertThat(evaluate(signal, "LOW", "ENTERPRISE", null).getSingleResult().getEntryMap())
        .isEqualTo(NOT_QUALIFIED);
    assertThat(evaluate(signal, null, null, 90).getSingleResult().getEntryMap()).isEqualTo(NOT_QUALIFIED);
  }
}
