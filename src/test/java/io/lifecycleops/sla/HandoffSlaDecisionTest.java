package io.lifecycleops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffSlaDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("handoff-sla");

  private static DmnDecisionResult evaluate(String handoff, String segment, String priority) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("segment", segment);
    variables.put("priority", priority);
    return TABLE.evaluate(variables);
  }

  /** Map.of with an Integer warning percent, so the assertion also checks its type. */
  private static Map<String, Object> sla(String sla, int warningPercent, String secondLevelAfter, String calendar) {
    return Map.of("sla", sla, "warningPercent", warningPercent, "secondLevelAfter", secondLevelAfter,
        "calendar", calendar);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "HOT, ENTERPRISE, PT1H, PT1H", "HOT, SMB, PT1H, PT1H", "HOT, NULL, PT1H, PT1H",
      "WARM, MID_MARKET, PT4H, PT4H", "WARM, SMB, PT4H, PT4H",
      "COLD, ENTERPRISE, P2D, P1D", "COLD, SMB, P2D, P1D"})
  void shouldRespondWithinPrioritySlaWhenQualifyingLead(String priority, String segment, String expectedSla,
      String secondLevelAfter) {
    assertThat(evaluate("QUALIFY_LEAD", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla(expectedSla, 75, secondLevelAfter, "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, HOT", "SMB, COLD", "NULL, NULL"})
  void shouldAcceptWithinOneBusinessDayWhenAcceptingHandoff(String segment, String priority) {
    assertThat(evaluate("ACCEPT_HANDOFF", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P1D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "SMB, WARM", "NULL, NULL"})
  void shouldReviewWithinOneBusinessDayWhenReviewingRejectedHandoff(String segment, String priority) {
    assertThat(evaluate("REVIEW_REJECTED_HANDOFF", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P1D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_HANDOFF", "qualify_lead"})
  void shouldGiveNoResultWhenHandoffUnknown(String handoff) {
    assertThat(evaluate(handoff, "ENTERPRISE", "HOT").getResultList()).isEmpty();
  }

  @Test
  void shouldGiveNoResultWhenQualifyingLeadWithoutPriority() {
    assertThat(evaluate("QUALIFY_LEAD", "SMB", null).getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, HOT", "SMB, COLD", "NULL, NULL"})
  void shouldCompleteWithinTwoBusinessDaysWhenCompletingDealCriteria(String segment, String priority) {
    assertThat(evaluate("COMPLETE_DEAL_CRITERIA", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P2D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "SMB, WARM", "NULL, NULL"})
  void shouldReviewWithinTwoBusinessDaysWhenReviewingStalledDeal(String segment, String priority) {
    assertThat(evaluate("REVIEW_STALLED_DEAL", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P2D", 75, "P2D", "BUSINESS_HOURS"));
  }

  /** Advancing a deal is the owner's standing task, not a handoff with a response time. */
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "SMB, HOT", "NULL, NULL"})
  void shouldGiveNoSlaWhenAdvancingDeal(String segment, String priority) {
    assertThat(evaluate("ADVANCE_DEAL", segment, priority).getResultList()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMPLETE_DEAL_CRITERIA", "REVIEW_STALLED_DEAL"})
  void shouldGiveIsoDurationsWhenDealHandoffKnown(String handoff) {
    DmnDecisionResultEntries result = evaluate(handoff, "SMB", null).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  @ParameterizedTest
  @CsvSource({"QUALIFY_LEAD, HOT", "QUALIFY_LEAD, WARM", "QUALIFY_LEAD, COLD", "ACCEPT_HANDOFF, HOT",
      "REVIEW_REJECTED_HANDOFF, COLD"})
  void shouldGiveIsoDurationsWhenHandoffKnown(String handoff, String priority) {
    DmnDecisionResultEntries result = evaluate(handoff, "SMB", priority).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  private static DmnDecisionResult evaluateWithKickoffSla(String handoff, String segment, String priority,
      String kickoffSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("segment", segment);
    variables.put("priority", priority);
    variables.put("kickoffSla", kickoffSla);
    return TABLE.evaluate(variables);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, HOT", "SMB, COLD", "NULL, NULL"})
  void shouldCompleteWithinOneBusinessDayWhenCompletingHandoffPackage(String segment, String priority) {
    assertThat(evaluate("COMPLETE_HANDOFF_PACKAGE", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P1D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, WARM", "SMB, NULL", "NULL, NULL"})
  void shouldAcceptWithinTwoBusinessDaysWhenAcceptingAccount(String segment, String priority) {
    assertThat(evaluate("ACCEPT_ACCOUNT", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P2D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ENTERPRISE, NULL, P5D", "MID_MARKET, HOT, P5D", "MID_MARKET, NULL, P10D", "SMB, COLD, P10D", "NULL, NULL, P3D"})
  void shouldHoldKickoffWithinMotionKickoffSlaWhenHoldingKickoff(String segment, String priority, String kickoffSla) {
    assertThat(evaluateWithKickoffSla("HOLD_KICKOFF", segment, priority, kickoffSla).getSingleResult().getEntryMap())
        .isEqualTo(sla(kickoffSla, 75, "P2D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "SMB, HOT", "NULL, NULL"})
  void shouldActWithinTwoBusinessDaysWhenOnboardingAtRisk(String segment, String priority) {
    assertThat(evaluate("ONBOARDING_AT_RISK", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P2D", 75, "P2D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource({"COMPLETE_HANDOFF_PACKAGE, P1D", "ACCEPT_ACCOUNT, P1D", "HOLD_KICKOFF, P5D", "ONBOARDING_AT_RISK, P2D"})
  void shouldGiveIsoDurationsWhenOnboardingHandoffKnown(String handoff, String kickoffSla) {
    DmnDecisionResultEntries result = evaluateWithKickoffSla(handoff, "SMB", null, kickoffSla).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "PREPARE_RENEWAL, ENTERPRISE, NULL, P5D, P2D", "PREPARE_RENEWAL, SMB, HOT, P5D, P2D",
      "PREPARE_RENEWAL, NULL, NULL, P5D, P2D",
      "RUN_SAVE_PLAN, ENTERPRISE, NULL, P2D, P1D", "RUN_SAVE_PLAN, NULL, COLD, P2D, P1D",
      "RENEWAL_OVERDUE, MID_MARKET, NULL, P1D, P1D", "RENEWAL_OVERDUE, NULL, NULL, P1D, P1D",
      "QUALIFY_EXPANSION, ENTERPRISE, WARM, P3D, P2D", "QUALIFY_EXPANSION, NULL, NULL, P3D, P2D"})
  void shouldRespondWithinHandoffSlaWhenRenewalOrExpansionHandoff(String handoff, String segment, String priority,
      String expectedSla, String secondLevelAfter) {
    assertThat(evaluate(handoff, segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla(expectedSla, 75, secondLevelAfter, "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PREPARE_RENEWAL", "RUN_SAVE_PLAN", "RENEWAL_OVERDUE", "QUALIFY_EXPANSION"})
  void shouldGiveIsoDurationsWhenRenewalOrExpansionHandoffKnown(String handoff) {
    DmnDecisionResultEntries result = evaluate(handoff, "SMB", null).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "INVESTIGATE_ACCOUNT_RISK, ENTERPRISE, NULL, P1D", "INVESTIGATE_ACCOUNT_RISK, SMB, HOT, P1D",
      "INVESTIGATE_ACCOUNT_RISK, NULL, NULL, P1D",
      "REVIEW_ACCOUNT_RISK, MID_MARKET, NULL, P2D", "REVIEW_ACCOUNT_RISK, NULL, COLD, P2D",
      "REVIEW_ACCOUNT_RISK, NULL, NULL, P2D"})
  void shouldInvestigateWithinOneAndReviewWithinTwoBusinessDaysWhenAccountAtRisk(String handoff, String segment,
      String priority, String expectedSla) {
    assertThat(evaluate(handoff, segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla(expectedSla, 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"INVESTIGATE_ACCOUNT_RISK", "REVIEW_ACCOUNT_RISK"})
  void shouldGiveIsoDurationsWhenRiskPlayHandoffKnown(String handoff) {
    DmnDecisionResultEntries result = evaluate(handoff, "SMB", null).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, HOT", "SMB, COLD", "NULL, NULL"})
  void shouldReviewWithinOneBusinessDayWhenReviewingEscalatedTicket(String segment, String priority) {
    assertThat(evaluate("REVIEW_ESCALATED_TICKET", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P1D", 75, "P1D", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, WARM", "SMB, HOT", "NULL, NULL"})
  void shouldAcceptWithinFourBusinessHoursWhenAcceptingCustomerIssue(String segment, String priority) {
    assertThat(evaluate("ACCEPT_CUSTOMER_ISSUE", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("PT4H", 75, "PT4H", "BUSINESS_HOURS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"REVIEW_ESCALATED_TICKET", "ACCEPT_CUSTOMER_ISSUE"})
  void shouldGiveIsoDurationsWhenSupportHandoffKnown(String handoff) {
    DmnDecisionResultEntries result = evaluate(handoff, "SMB", null).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, NULL", "MID_MARKET, HOT", "SMB, COLD", "NULL, NULL"})
  void shouldAskWithinFiveBusinessDaysWhenAskingForAdvocacy(String segment, String priority) {
    assertThat(evaluate("ASK_FOR_ADVOCACY", segment, priority).getSingleResult().getEntryMap())
        .isEqualTo(sla("P5D", 75, "P2D", "BUSINESS_HOURS"));
  }

  @Test
  void shouldGiveIsoDurationsWhenAdvocacyHandoffKnown() {
    DmnDecisionResultEntries result = evaluate("ASK_FOR_ADVOCACY", "SMB", null).getSingleResult();
    assertThat(Duration.parse(result.getEntry("sla"))).isPositive();
    assertThat(Duration.parse(result.getEntry("secondLevelAfter"))).isPositive();
  }
}
