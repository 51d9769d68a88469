package io.lifecycleops.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdvocacyEligibilityDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("advocacy-eligibility");

  /** Map.of with an Integer cool-down, so the assertion also checks the output is typed integer, not Long. */
  private static Map<String, Object> answer(boolean eligible, String reason) {
    return Map.of("eligible", eligible, "reason", reason, "coolDownDays", 180);
  }

  private static final Map<String, Object> RISK_PLAY_OPEN = answer(false, "A risk play is open");
  private static final Map<String, Object> ASKED_RECENTLY = answer(false, "Asked in the last 180 days");
  private static final Map<String, Object> NOT_ADOPTING_OR_RENEWED = answer(false, "Not adopting or renewed yet");
  private static final Map<String, Object> PROMOTER = answer(true, "Promoter (NPS 9 or more)");
  private static final Map<String, Object> PROMOTER_HEALTH =
      answer(true, "Promoter health: usage up, 80% of seats used");
  private static final Map<String, Object> NO_PROMOTER_SIGNAL = answer(false, "No promoter signal");

  private static Map<String, Object> evaluate(String stage, Boolean openRiskPlay, Integer nps, String usageTrend,
      Double seatUtilization, Integer daysSinceLastAsk) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("stage", stage);
    variables.put("openRiskPlay", openRiskPlay);
    variables.put("latestNpsAnswer", nps);
    variables.put("usageTrend", usageTrend);
    variables.put("seatUtilization", seatUtilization);
    variables.put("daysSinceLastAsk", daysSinceLastAsk);
    return TABLE.evaluate(variables).getSingleResult().getEntryMap();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ADOPTING, 10, UP, 1.0, NULL", "RENEWED, 9, UP, 0.9, 400", "RENEWED, NULL, FLAT, 0.2, 30",
      "ONBOARDING, 10, UP, 1.0, NULL", "NULL, NULL, NULL, NULL, NULL"})
  void shouldNotBeEligibleWhenRiskPlayIsOpenEvenForPromoter(String stage, Integer nps, String usageTrend,
      Double seatUtilization, Integer daysSinceLastAsk) {
    assertThat(evaluate(stage, true, nps, usageTrend, seatUtilization, daysSinceLastAsk)).isEqualTo(RISK_PLAY_OPEN);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 90, 179})
  void shouldNotBeEligibleWhenAskedInTheLast180DaysEvenForPromoter(int daysSinceLastAsk) {
    assertThat(evaluate("RENEWED", false, 10, "UP", 1.0, daysSinceLastAsk)).isEqualTo(ASKED_RECENTLY);
    assertThat(evaluate("ADOPTING", null, 9, "UP", 0.95, daysSinceLastAsk)).isEqualTo(ASKED_RECENTLY);
  }

  @ParameterizedTest
  @ValueSource(ints = {180, 181, 365})
  void shouldBeEligibleAgainWhenLastAskWas180DaysAgoOrMore(int daysSinceLastAsk) {
    assertThat(evaluate("RENEWED", false, 10, "FLAT", 0.5, daysSinceLastAsk)).isEqualTo(PROMOTER);
  }

  @Test
  void shouldTreatMissingDaysSinceLastAskAsNeverAsked() {
    assertThat(evaluate("ADOPTING", false, 9, "DOWN", 0.3, null)).isEqualTo(PROMOTER);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"CLOSED_WON", "ONBOARDING", "STALLED", "RENEWAL", "CHURNED", "adopting", "renewed", ""})
  void shouldNotBeEligibleWhenNotAdoptingOrRenewed(String stage) {
    assertThat(evaluate(stage, false, 10, "UP", 1.0, null)).isEqualTo(NOT_ADOPTING_OR_RENEWED);
  }

  @Test
  void shouldCheckRecentAskBeforeStage() {
    assertThat(evaluate("ONBOARDING", false, 10, "UP", 1.0, 10)).isEqualTo(ASKED_RECENTLY);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ADOPTING, 9, NULL, NULL", "ADOPTING, 10, DOWN, 0.1", "RENEWED, 9, FLAT, 0.5", "RENEWED, 10, UP, 1.0"})
  void shouldBeEligibleAsPromoterWhenNpsIsNineOrMore(String stage, int nps, String usageTrend,
      Double seatUtilization) {
    assertThat(evaluate(stage, false, nps, usageTrend, seatUtilization, null)).isEqualTo(PROMOTER);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ADOPTING, 0.8, NULL", "RENEWED, 0.95, 8", "RENEWED, 1.0, 0",
      "ADOPTING, 1.2, NULL"})
  void shouldBeEligibleOnPromoterHealthWhenUsageUpAndEightyPercentOfSeatsUsed(String stage, double seatUtilization,
      Integer nps) {
    assertThat(evaluate(stage, false, nps, "UP", seatUtilization, 200)).isEqualTo(PROMOTER_HEALTH);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "8, UP, 0.79", "8, FLAT, 0.9", "8, DOWN, 1.0", "NULL, UP, 0.5", "7, NULL, 0.9", "NULL, UP, NULL",
      "0, up, 0.9", "NULL, NULL, NULL"})
  void shouldFindNoPromoterSignalWhenNpsBelowNineAndNoPromoterHealth(Integer nps, String usageTrend,
      Double seatUtilization) {
    assertThat(evaluate("RENEWED", false, nps, usageTrend, seatUtilization, null)).isEqualTo(NO_PROMOTER_SIGNAL);
  }

  @Test
  void shouldDrawTheLineBetweenNpsEightAndNine() {
    assertThat(evaluate("ADOPTING", false, 8, "FLAT", 0.5, null)).isEqualTo(NO_PROMOTER_SIGNAL);
    assertThat(evaluate("ADOPTING", false, 9, "FLAT", 0.5, null)).isEqualTo(PROMOTER);
  }

  @Test
  void shouldDrawTheLineBetweenSeventyNineAndEightyPercentOfSeats() {
    assertThat(evaluate("ADOPTING", false, null, "UP", 0.79, null)).isEqualTo(NO_PROMOTER_SIGNAL);
    assertThat(evaluate("ADOPTING", false, null, "UP", 0.8, null)).isEqualTo(PROMOTER_HEALTH);
  }

  @Test
  void shouldDrawTheLineBetween179And180DaysSinceTheLastAsk() {
    assertThat(evaluate("RENEWED", false, 10, "UP", 1.0, 179)).isEqualTo(ASKED_RECENTLY);
    assertThat(evaluate("RENEWED", false, 10, "UP", 1.0, 180)).isEqualTo(PROMOTER);
  }

  /** A missing risk-play flag is no open play; the account is judged on its other signals. */
  @Test
  void shouldJudgeOnOtherSignalsWhenRiskPlayFlagMissing() {
    assertThat(evaluate("RENEWED", null, 9, null, null, null)).isEqualTo(PROMOTER);
    assertThat(evaluate("RENEWED", null, null, null, null, null)).isEqualTo(NO_PROMOTER_SIGNAL);
  }

  @Test
  void shouldFindNoPromoterSignalWhenOnlyTheStageIsKnown() {
    assertThat(evaluate("ADOPTING", null, null, null, null, null)).isEqualTo(NO_PROMOTER_SIGNAL);
  }
}
