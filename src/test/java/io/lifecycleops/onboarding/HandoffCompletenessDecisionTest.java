package io.lifecycleops.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffCompletenessDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("handoff-completeness");

  private static DmnDecisionResult evaluate(String segment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("segment", segment);
    return TABLE.evaluate(variables);
  }

  private static List<String> requiredFields(String segment) {
    return evaluate(segment).collectEntries("field");
  }

  private static Map<String, Object> field(String field, String label) {
    return Map.of("field", field, "label", label);
  }

  @Test
  void shouldRequireFullPackageWhenSegmentEnterprise() {
    assertThat(evaluate("ENTERPRISE").getResultList()).containsExactly(
        field("champion", "Champion"),
        field("economicBuyer", "Economic buyer"),
        field("technicalContact", "Technical contact"),
        field("successCriteria", "Success criteria"),
        field("commitments", "Commitments made by sales"),
        field("implementationDeadline", "Implementation deadline"),
        field("products", "Products"),
        field("seats", "Seats"));
  }

  @Test
  void shouldRequireChampionTechnicalContactSuccessCriteriaProductsAndSeatsWhenSegmentMidMarket() {
    assertThat(evaluate("MID_MARKET").getResultList()).containsExactly(
        field("champion", "Champion"),
        field("technicalContact", "Technical contact"),
        field("successCriteria", "Success criteria"),
        field("products", "Products"),
        field("seats", "Seats"));
  }

  @Test
  void shouldRequireChampionProductsAndSeatsWhenSegmentSmb() {
    assertThat(evaluate("SMB").getResultList()).containsExactly(
        field("champion", "Champion"),
        field("products", "Products"),
        field("seats", "Seats"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_SEGMENT", "enterprise"})
  void shouldStillRequireChampionProductsAndSeatsWhenSegmentUnknown(String segment) {
    assertThat(requiredFields(segment)).containsExactly("champion", "products", "seats");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ENTERPRISE", "MID_MARKET", "SMB"})
  void shouldNameEachFieldOnceWhenSegmentKnown(String segment) {
    assertThat(requiredFields(segment)).doesNotHaveDuplicates();
  }
}
