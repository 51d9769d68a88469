package io.lifecycleops.opportunity;

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

class OpportunityExitCriteriaDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("opportunity-exit-criteria");

  private static DmnDecisionResult evaluate(String stage, String toStage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    variables.put("toStage", toStage);
    return TABLE.evaluate(variables);
  }

  private static List<String> criteria(String stage, String toStage) {
    return evaluate(stage, toStage).collectEntries("criterion");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EVALUATION", "PROPOSAL", "NEGOTIATION", "CLOSED_WON"})
  void shouldNeedPainChampionAndDecisionProcessWhenLeavingDiscovery(String toStage) {
    assertThat(evaluate("DISCOVERY", toStage).getResultList())
        .extracting(r -> r.get("criterion"), r -> r.get("label"))
        .containsExactly(tuple("pain", "Pain identified"), tuple("champion", "Champion named"),
            tuple("decisionProcess", "Decision process known"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROPOSAL", "NEGOTIATION", "CLOSED_WON"})
  void shouldNeedSuccessCriteriaAndTechnicalWinWhenLeavingEvaluation(String toStage) {
    assertThat(evaluate("EVALUATION", toStage).getResultList())
        .extracting(r -> r.get("criterion"), r -> r.get("label"))
        .containsExactly(tuple("successCriteria", "Success criteria agreed"), tuple("technicalWin", "Technical win"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NEGOTIATION", "CLOSED_WON"})
  void shouldNeedPricingApprovedAndEconomicBuyerMetWhenLeavingProposal(String toStage) {
    assertThat(evaluate("PROPOSAL", toStage).getResultList())
        .extracting(r -> r.get("criterion"), r -> r.get("label"))
        .containsExactly(tuple("pricingApproved", "Pricing approved"), tuple("economicBuyerMet", "Economic buyer met"));
  }

  @Test
  void shouldNeedLegalReviewAndSignedOrderFormWhenLeavingNegotiationForClosedWon() {
    assertThat(evaluate("NEGOTIATION", "CLOSED_WON").getResultList())
        .extracting(r -> r.get("criterion"), r -> r.get("label"))
        .containsExactly(tuple("legalReview", "Legal review done"), tuple("orderFormSigned", "Order form signed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DISCOVERY", "EVALUATION", "PROPOSAL", "NEGOTIATION"})
  void shouldNeedNoCriteriaWhenDealIsLost(String stage) {
    assertThat(evaluate(stage, "CLOSED_LOST").getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "CLOSED_WON, CLOSED_LOST", "CLOSED_LOST, CLOSED_WON", "CLOSED_WON, NULL",
      "UNKNOWN_STAGE, CLOSED_WON", "discovery, EVALUATION", "NULL, EVALUATION"})
  void shouldNeedNoCriteriaWhenStageClosedOrUnknown(String stage, String toStage) {
    assertThat(evaluate(stage, toStage).getResultList()).isEmpty();
  }

  @Test
  void shouldStillNeedTheStageCriteriaWhenTargetStageMissing() {
    assertThat(criteria("PROPOSAL", null)).containsExactly("pricingApproved", "economicBuyerMet");
  }

  @ParameterizedTest
  @CsvSource({"DISCOVERY, 3", "EVALUATION, 2", "PROPOSAL, 2", "NEGOTIATION, 2"})
  void shouldNeedOnlyTheCriteriaOfTheStageLeftWhenMovingForward(String stage, int count) {
    assertThat(criteria(stage, "CLOSED_WON")).hasSize(count)
        .doesNotContainAnyElementsOf(criteriaOfOtherStagesThan(stage));
  }

  private static List<String> criteriaOfOtherStagesThan(String stage) {
    return List.of("DISCOVERY", "EVALUATION", "PROPOSAL", "NEGOTIATION").stream()
        .filter(other -> !other.equals(stage))
        .flatMap(other -> criteria(other, "CLOSED_WON").stream())
        .toList();
  }
}
