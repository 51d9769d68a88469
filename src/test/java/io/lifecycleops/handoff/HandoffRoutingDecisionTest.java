package io.lifecycleops.handoff;

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

class HandoffRoutingDecisionTest {

  private static final DmnTable TABLE = DmnTable.of(HandoffRouting.DECISION);

  private static DmnDecisionResult evaluate(String handoff, String priority, Boolean accountOwned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("priority", priority);
    variables.put("accountOwned", accountOwned);
    return TABLE.evaluate(variables);
  }

  /** Map.of with Integer values, so the assertion also checks the outputs are typed integer, not Long. */
  private static Map<String, Object> routing(String assignment, int openTaskCap, int taskPriority) {
    return Map.of("assignment", assignment, "openTaskCap", openTaskCap, "taskPriority", taskPriority);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"HOT", "COLD"})
  void shouldAssignToAccountOwnerWhenAcceptingHandoffForOwnedAccount(String priority) {
    assertThat(evaluate("ACCEPT_HANDOFF", priority, true).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 70));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "HOT, false, 90", "HOT, NULL, 90", "HOT, true, 90",
      "WARM, false, 60", "WARM, NULL, 60",
      "COLD, false, 30", "COLD, NULL, 30"})
  void shouldRoundRobinWithPriorityTaskPriorityWhenQualifyingLead(String priority, Boolean accountOwned,
      int taskPriority) {
    assertThat(evaluate("QUALIFY_LEAD", priority, accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("ROUND_ROBIN", 25, taskPriority));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(booleans = false)
  void shouldRoundRobinAmongAesWhenAcceptingHandoffForUnownedAccount(Boolean accountOwned) {
    assertThat(evaluate("ACCEPT_HANDOFF", null, accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("ROUND_ROBIN", 15, 70));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(booleans = {true, false})
  void shouldQueueWhenReviewingRejectedHandoff(Boolean accountOwned) {
    assertThat(evaluate("REVIEW_REJECTED_HANDOFF", null, accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("QUEUE", 0, 60));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ADVANCE_DEAL, true, ENTERPRISE, 50", "ADVANCE_DEAL, false, SMB, 50", "ADVANCE_DEAL, NULL, NULL, 50",
      "COMPLETE_DEAL_CRITERIA, true, ENTERPRISE, 70", "COMPLETE_DEAL_CRITERIA, false, MID_MARKET, 70",
      "COMPLETE_DEAL_CRITERIA, NULL, NULL, 70"})
  void shouldAssignToAccountOwnerWhenAdvancingDealOrCompletingItsCriteria(String handoff, Boolean accountOwned,
      String segment, int taskPriority) {
    assertThat(evaluate(handoff, null, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, taskPriority));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"true, ENTERPRISE", "false, SMB", "NULL, NULL"})
  void shouldQueueWhenReviewingStalledDeal(Boolean accountOwned, String segment) {
    assertThat(evaluate("REVIEW_STALLED_DEAL", "HOT", accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("QUEUE", 0, 70));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_HANDOFF", "accept_handoff"})
  void shouldGiveNoResultWhenHandoffUnknown(String handoff) {
    assertThat(evaluate(handoff, "HOT", true).getResultList()).isEmpty();
  }

  @Test
  void shouldGiveNoResultWhenQualifyingLeadWithoutPriority() {
    assertThat(evaluate("QUALIFY_LEAD", null, false).getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "COMPLETE_HANDOFF_PACKAGE, true", "COMPLETE_HANDOFF_PACKAGE, false", "COMPLETE_HANDOFF_PACKAGE, NULL",
      "ACCEPT_ACCOUNT, true", "ACCEPT_ACCOUNT, false", "ACCEPT_ACCOUNT, NULL"})
  void shouldAssignToAccountOwnerWhenCompletingHandoffPackageOrAcceptingAccount(String handoff,
      Boolean accountOwned) {
    assertThat(evaluate(handoff, "HOT", accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 70));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(booleans = {true, false})
  void shouldAssignToAccountOwnerWithMediumPriorityWhenHoldingKickoff(Boolean accountOwned) {
    assertThat(evaluate("HOLD_KICKOFF", null, accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 60));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(booleans = {true, false})
  void shouldQueueAtTopPriorityWhenOnboardingAtRisk(Boolean accountOwned) {
    assertThat(evaluate("ONBOARDING_AT_RISK", "COLD", accountOwned).getSingleResult().getEntryMap())
        .isEqualTo(routing("QUEUE", 0, 90));
  }

  private static DmnDecisionResult evaluate(String handoff, String priority, Boolean accountOwned, String segment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("priority", priority);
    variables.put("accountOwned", accountOwned);
    variables.put("segment", segment);
    return TABLE.evaluate(variables);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ACCEPT_HANDOFF, NULL, true, ENTERPRISE, ACCOUNT_OWNER, 50, 70",
      "ACCEPT_HANDOFF, NULL, false, ENTERPRISE, ROUND_ROBIN, 15, 70",
      "QUALIFY_LEAD, HOT, NULL, ENTERPRISE, ROUND_ROBIN, 25, 90",
      "QUALIFY_LEAD, COLD, false, SMB, ROUND_ROBIN, 25, 30",
      "REVIEW_REJECTED_HANDOFF, NULL, NULL, MID_MARKET, QUEUE, 0, 60",
      "COMPLETE_HANDOFF_PACKAGE, NULL, NULL, ENTERPRISE, ACCOUNT_OWNER, 50, 70",
      "ACCEPT_ACCOUNT, NULL, true, SMB, ACCOUNT_OWNER, 50, 70",
      "HOLD_KICKOFF, NULL, NULL, ENTERPRISE, ACCOUNT_OWNER, 50, 60",
      "ONBOARDING_AT_RISK, NULL, false, UNKNOWN_SEGMENT, QUEUE, 0, 90"})
  void shouldIgnoreSegmentWhenRoutingLeadAndOnboardingHandoffs(String handoff, String priority,
      Boolean accountOwned, String segment, String assignment, int openTaskCap, int taskPriority) {
    assertThat(evaluate(handoff, priority, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing(assignment, openTaskCap, taskPriority));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"PREPARE_RENEWAL, 70", "QUALIFY_EXPANSION, 60"})
  void shouldRoundRobinAmongAccountManagersWhenRenewalOrExpansionAtEnterprise(String handoff, int taskPriority) {
    assertThat(evaluate(handoff, null, true, "ENTERPRISE").getSingleResult().getEntryMap())
        .isEqualTo(routing("ROUND_ROBIN", 40, taskPriority));
    assertThat(evaluate(handoff, "HOT", false, "ENTERPRISE").getSingleResult().getEntryMap())
        .isEqualTo(routing("ROUND_ROBIN", 40, taskPriority));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "PREPARE_RENEWAL, MID_MARKET, 70", "PREPARE_RENEWAL, SMB, 70", "PREPARE_RENEWAL, NULL, 70",
      "PREPARE_RENEWAL, enterprise, 70",
      "QUALIFY_EXPANSION, MID_MARKET, 60", "QUALIFY_EXPANSION, SMB, 60", "QUALIFY_EXPANSION, NULL, 60"})
  void shouldAssignToAccountOwnerWhenRenewalOrExpansionOutsideEnterprise(String handoff, String segment,
      int taskPriority) {
    assertThat(evaluate(handoff, null, true, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, taskPriority));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"RUN_SAVE_PLAN, ENTERPRISE, 90", "RUN_SAVE_PLAN, SMB, 90",
      "RUN_SAVE_PLAN, NULL, 90", "RENEWAL_OVERDUE, ENTERPRISE, 100", "RENEWAL_OVERDUE, MID_MARKET, 100",
      "RENEWAL_OVERDUE, NULL, 100"})
  void shouldQueueWhenRunningSavePlanOrRenewalOverdue(String handoff, String segment, int taskPriority) {
    assertThat(evaluate(handoff, null, true, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("QUEUE", 0, taskPriority));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"true, ENTERPRISE", "false, MID_MARKET", "NULL, SMB", "NULL, NULL"})
  void shouldAssignToAccountOwnerNearTopPriorityWhenInvestigatingAccountRisk(Boolean accountOwned, String segment) {
    assertThat(evaluate("INVESTIGATE_ACCOUNT_RISK", null, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 90));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"true, ENTERPRISE", "false, SMB", "NULL, NULL"})
  void shouldQueueForTheConsultedTeamWhenReviewingAccountRisk(Boolean accountOwned, String segment) {
    assertThat(evaluate("REVIEW_ACCOUNT_RISK", "HOT", accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("QUEUE", 0, 70));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"true, ENTERPRISE", "false, MID_MARKET", "NULL, SMB", "NULL, NULL"})
  void shouldAssignToAccountOwnerNearTopPriorityWhenReviewingEscalatedTicket(Boolean accountOwned, String segment) {
    assertThat(evaluate("REVIEW_ESCALATED_TICKET", null, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 90));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"HOT, true, ENTERPRISE", "NULL, false, SMB", "COLD, NULL, NULL"})
  void shouldRoundRobinAmongSupportLeadsWhenAcceptingCustomerIssue(String priority, Boolean accountOwned,
      String segment) {
    assertThat(evaluate("ACCEPT_CUSTOMER_ISSUE", priority, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ROUND_ROBIN", 25, 80));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"HOT, true, ENTERPRISE", "NULL, false, MID_MARKET", "COLD, NULL, SMB",
      "NULL, NULL, NULL"})
  void shouldAssignToAccountOwnerBelowRiskAndRenewalWorkWhenAskingForAdvocacy(String priority, Boolean accountOwned,
      String segment) {
    assertThat(evaluate("ASK_FOR_ADVOCACY", priority, accountOwned, segment).getSingleResult().getEntryMap())
        .isEqualTo(routing("ACCOUNT_OWNER", 50, 40));
  }
}
