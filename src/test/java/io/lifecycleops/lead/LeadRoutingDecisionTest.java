package io.lifecycleops.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadRoutingDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision leadRouting;

  @BeforeAll
  static void parseTable() throws IOException {
    try (InputStream in = LeadRoutingDecisionTest.class.getResourceAsStream("/lead-routing.dmn")) {
      leadRouting = DMN.parseDecision("lead-routing", in);
    }
  }

  private static DmnDecisionResult evaluate(String handoff, String priority, Boolean accountOwned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("priority", priority);
    variables.put("accountOwned", accountOwned);
    return DMN.evaluateDecision(leadRouting, variables);
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
}
