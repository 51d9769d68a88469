package io.lifecycleops.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingExitCriteriaDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("onboarding-exit-criteria");

  private static DmnDecisionResult evaluate(boolean kickoffHeld, boolean integrationLive, Double activationRate,
      boolean successCriteriaConfirmed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kickoffHeld", kickoffHeld);
    variables.put("integrationLive", integrationLive);
    variables.put("activationRate", activationRate);
    variables.put("successCriteriaConfirmed", successCriteriaConfirmed);
    return TABLE.evaluate(variables);
  }

  private static List<String> missingCriteria(boolean kickoffHeld, boolean integrationLive, Double activationRate,
      boolean successCriteriaConfirmed) {
    return evaluate(kickoffHeld, integrationLive, activationRate, successCriteriaConfirmed).collectEntries("criterion");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.4, 0.41, 0.75, 1.0})
  void shouldMissNothingWhenAllCriteriaMetAndActivationRateAtLeast40Percent(double activationRate) {
    assertThat(evaluate(true, true, activationRate, true).getResultList()).isEmpty();
  }

  @Test
  void shouldMissKickoffWhenKickoffNotHeld() {
    assertThat(evaluate(false, true, 0.5, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "KICKOFF_HELD", "label", "Kickoff held"));
  }

  @Test
  void shouldMissIntegrationWhenIntegrationNotLive() {
    assertThat(evaluate(true, false, 0.5, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "INTEGRATION_LIVE", "label", "Integration live"));
  }

  @Test
  void shouldMissActiveUsersWhenActivationRateUnknown() {
    assertThat(evaluate(true, true, null, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "ACTIVE_USERS_40_PERCENT", "label", "Active users at least 40% of seats"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.1, 0.39, 0.3999})
  void shouldMissActiveUsersWhenActivationRateBelow40Percent(double activationRate) {
    assertThat(evaluate(true, true, activationRate, true).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "ACTIVE_USERS_40_PERCENT", "label", "Active users at least 40% of seats"));
  }

  @Test
  void shouldMissSuccessCriteriaWhenSuccessCriteriaNotConfirmed() {
    assertThat(evaluate(true, true, 0.5, false).getSingleResult().getEntryMap())
        .isEqualTo(Map.of("criterion", "SUCCESS_CRITERIA_CONFIRMED", "label", "Success criteria confirmed"));
  }

  @Test
  void shouldMissEveryCriterionInTableOrderWhenNothingMet() {
    assertThat(missingCriteria(false, false, null, false))
        .containsExactly("KICKOFF_HELD", "INTEGRATION_LIVE", "ACTIVE_USERS_40_PERCENT", "SUCCESS_CRITERIA_CONFIRMED");
    assertThat(missingCriteria(false, false, 0.39, false))
        .containsExactly("KICKOFF_HELD", "INTEGRATION_LIVE", "ACTIVE_USERS_40_PERCENT", "SUCCESS_CRITERIA_CONFIRMED");
  }

  @Test
  void shouldMissOnlyTheUnmetCriteriaWhenSomeMet() {
    assertThat(missingCriteria(true, false, 0.39, true)).containsExactly("INTEGRATION_LIVE", "ACTIVE_USERS_40_PERCENT");
  }
}
