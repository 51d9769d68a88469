package io.lifecycleops.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForecastCategoryDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("forecast-category");

  private static String category(String stage, Boolean criteriaMet, String ownerCall) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    variables.put("criteriaMet", criteriaMet);
    variables.put("ownerCall", ownerCall);
    return TABLE.evaluate(variables).getSingleResult().getSingleEntry();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "CLOSED_WON, true, COMMIT", "CLOSED_WON, false, NULL", "CLOSED_WON, NULL, OMIT",
      "CLOSED_LOST, true, COMMIT", "CLOSED_LOST, false, OMIT", "CLOSED_LOST, NULL, NULL"})
  void shouldBeClosedWhenDealClosedWhateverTheCall(String stage, Boolean criteriaMet, String ownerCall) {
    assertThat(category(stage, criteriaMet, ownerCall)).isEqualTo("CLOSED");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "NEGOTIATION, true", "NEGOTIATION, false", "PROPOSAL, true", "EVALUATION, NULL", "DISCOVERY, false",
      "NULL, NULL"})
  void shouldBeOmittedWhenOwnerCallsOmitOnOpenDeal(String stage, Boolean criteriaMet) {
    assertThat(category(stage, criteriaMet, "OMIT")).isEqualTo("OMITTED");
  }

  @Test
  void shouldBeCommitWhenNegotiationCriteriaMetAndOwnerCallsCommit() {
    assertThat(category("NEGOTIATION", true, "COMMIT")).isEqualTo("COMMIT");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "false, COMMIT", "NULL, COMMIT", "true, BEST_CASE", "true, PIPELINE", "true, NULL", "false, NULL",
      "NULL, NULL"})
  void shouldBeBestCaseWhenNegotiationWithoutCriteriaMetAndCommitCall(Boolean criteriaMet, String ownerCall) {
    assertThat(category("NEGOTIATION", criteriaMet, ownerCall)).isEqualTo("BEST_CASE");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "false, COMMIT", "NULL, COMMIT", "true, COMMIT", "false, BEST_CASE", "NULL, BEST_CASE"})
  void shouldBeBestCaseWhenProposalAndOwnerCallsCommitOrBestCase(Boolean criteriaMet, String ownerCall) {
    assertThat(category("PROPOSAL", criteriaMet, ownerCall)).isEqualTo("BEST_CASE");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"PIPELINE", "NULL"})
  void shouldBeBestCaseWhenProposalCriteriaMetWhateverTheOpenCall(String ownerCall) {
    assertThat(category("PROPOSAL", true, ownerCall)).isEqualTo("BEST_CASE");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "PROPOSAL, false, PIPELINE", "PROPOSAL, NULL, NULL", "PROPOSAL, false, NULL",
      "DISCOVERY, true, COMMIT", "DISCOVERY, NULL, NULL", "EVALUATION, true, COMMIT",
      "EVALUATION, false, BEST_CASE", "UNKNOWN_STAGE, true, COMMIT", "NULL, true, COMMIT"})
  void shouldBePipelineWhenAnyOtherOpenDeal(String stage, Boolean criteriaMet, String ownerCall) {
    assertThat(category(stage, criteriaMet, ownerCall)).isEqualTo("PIPELINE");
  }
}
