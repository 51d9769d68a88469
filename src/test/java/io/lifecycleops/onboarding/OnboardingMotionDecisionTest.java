package io.lifecycleops.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingMotionDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("onboarding-motion");

  private static DmnDecisionResult evaluate(String segment, Double arr) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("segment", segment);
    variables.put("arr", arr);
    return TABLE.evaluate(variables);
  }

  private static Map<String, Object> motion(String motion, String csGroup, String kickoffSla,
      String firstValueTarget) {
    return Map.of("motion", motion, "csGroup", csGroup, "kickoffSla", kickoffSla,
        "firstValueTarget", firstValueTarget);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(doubles = {0, 20000, 99999.99, 100000, 2500000})
  void shouldBeHighTouchByEnterpriseCsWhenSegmentEnterprise(Double arr) {
    assertThat(evaluate("ENTERPRISE", arr).getSingleResult().getEntryMap())
        .isEqualTo(motion("HIGH_TOUCH", "cs-enterprise", "P5D", "P30D"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {100000, 100000.01, 450000})
  void shouldBeHighTouchByCommercialCsWhenMidMarketArrAtLeast100000(Double arr) {
    assertThat(evaluate("MID_MARKET", arr).getSingleResult().getEntryMap())
        .isEqualTo(motion("HIGH_TOUCH", "cs-commercial", "P5D", "P30D"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(doubles = {0, 50000, 99999.99})
  void shouldBeLowTouchWhenMidMarketArrBelow100000OrUnknown(Double arr) {
    assertThat(evaluate("MID_MARKET", arr).getSingleResult().getEntryMap())
        .isEqualTo(motion("LOW_TOUCH", "cs-commercial", "P10D", "P14D"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(doubles = {0, 99999.99, 100000, 250000})
  void shouldBeTechTouchByScaledCsWhenSegmentSmb(Double arr) {
    assertThat(evaluate("SMB", arr).getSingleResult().getEntryMap())
        .isEqualTo(motion("TECH_TOUCH", "cs-scaled", "P10D", "P7D"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_SEGMENT", "enterprise"})
  void shouldGiveNoResultWhenSegmentUnknown(String segment) {
    assertThat(evaluate(segment, 150000.0).getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, 100000", "MID_MARKET, 99999.99",
      "SMB, 1000"})
  void shouldGiveIsoDurationsInDaysWhenSegmentKnown(String segment, Double arr) {
    DmnDecisionResultEntries result = evaluate(segment, arr).getSingleResult();
    assertThat(Period.parse(result.getEntry("kickoffSla")).getDays()).isPositive();
    assertThat(Period.parse(result.getEntry("firstValueTarget")).getDays()).isPositive();
  }
}
