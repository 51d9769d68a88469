package io.lifecycleops.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RaciDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("raci");

  private static DmnDecisionResult evaluate(String handoff, String segment, String region) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoff", handoff);
    variables.put("segment", segment);
    variables.put("region", region);
    return TABLE.evaluate(variables);
  }

  private static Map<String, Object> raci(String responsible, String accountable, String secondLevel,
      String consulted, String informed) {
    return Map.of("responsibleGroup", responsible, "accountableGroup", accountable,
        "secondLevelGroup", secondLevel, "consulted", consulted, "informed", informed);
  }

  @ParameterizedTest
  @CsvSource({
      "AMER, ENTERPRISE, sdr-amer", "AMER, SMB, sdr-amer",
      "EMEA, MID_MARKET, sdr-emea", "EMEA, SMB, sdr-emea",
      "APAC, ENTERPRISE, sdr-apac", "APAC, SMB, sdr-apac"})
  void shouldBeRegionalSdrTeamWhenQualifyingLead(String region, String segment, String sdrGroup) {
    assertThat(evaluate("QUALIFY_LEAD", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(sdrGroup, "sdr-managers", "sales-directors", "", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AMER", "EMEA", "APAC"})
  void shouldBeEnterpriseAesWhenAcceptingEnterpriseHandoff(String region) {
    assertThat(evaluate("ACCEPT_HANDOFF", "ENTERPRISE", region).getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-enterprise", "sales-managers", "sales-directors", "sdr-managers", ""));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"MID_MARKET", "SMB"})
  void shouldBeCommercialAesWhenAcceptingNonEnterpriseHandoff(String segment) {
    assertThat(evaluate("ACCEPT_HANDOFF", segment, "EMEA").getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-commercial", "sales-managers", "sales-directors", "sdr-managers", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "SMB, APAC", "NULL, NULL"})
  void shouldBeSdrManagersWhenReviewingRejectedHandoff(String segment, String region) {
    assertThat(evaluate("REVIEW_REJECTED_HANDOFF", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("sdr-managers", "sales-managers", "sales-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ADVANCE_DEAL, AMER", "ADVANCE_DEAL, NULL",
      "COMPLETE_DEAL_CRITERIA, EMEA", "COMPLETE_DEAL_CRITERIA, NULL"})
  void shouldBeEnterpriseAesWhenAdvancingEnterpriseDealOrCompletingItsCriteria(String handoff, String region) {
    assertThat(evaluate(handoff, "ENTERPRISE", region).getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-enterprise", "sales-managers", "sales-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ADVANCE_DEAL, MID_MARKET", "ADVANCE_DEAL, SMB", "ADVANCE_DEAL, NULL",
      "ADVANCE_DEAL, enterprise", "COMPLETE_DEAL_CRITERIA, MID_MARKET", "COMPLETE_DEAL_CRITERIA, SMB",
      "COMPLETE_DEAL_CRITERIA, NULL"})
  void shouldBeCommercialAesWhenAdvancingNonEnterpriseDealOrCompletingItsCriteria(String handoff, String segment) {
    assertThat(evaluate(handoff, segment, "APAC").getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-commercial", "sales-managers", "sales-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldBeSalesManagersWhenReviewingStalledDeal(String segment, String region) {
    assertThat(evaluate("REVIEW_STALLED_DEAL", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("sales-managers", "sales-managers", "sales-directors", "", ""));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "UNKNOWN_HANDOFF", "qualify_lead", "KICKOFF"})
  void shouldGiveNoResultWhenHandoffUnknown(String handoff) {
    assertThat(evaluate(handoff, "ENTERPRISE", "AMER").getResultList()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"LATAM"})
  void shouldGiveNoResultWhenQualifyingLeadWithoutKnownRegion(String region) {
    assertThat(evaluate("QUALIFY_LEAD", "SMB", region).getResultList()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AMER", "EMEA", "APAC"})
  void shouldBeEnterpriseAesInformingCsManagersWhenCompletingEnterpriseHandoffPackage(String region) {
    assertThat(evaluate("COMPLETE_HANDOFF_PACKAGE", "ENTERPRISE", region).getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-enterprise", "sales-managers", "sales-directors", "", "cs-managers"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"MID_MARKET", "SMB"})
  void shouldBeCommercialAesInformingCsManagersWhenCompletingNonEnterpriseHandoffPackage(String segment) {
    assertThat(evaluate("COMPLETE_HANDOFF_PACKAGE", segment, "EMEA").getSingleResult().getEntryMap())
        .isEqualTo(raci("ae-commercial", "sales-managers", "sales-directors", "", "cs-managers"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ACCEPT_ACCOUNT, ENTERPRISE, AMER, cs-enterprise, ae-enterprise",
      "ACCEPT_ACCOUNT, MID_MARKET, EMEA, cs-commercial, ae-commercial",
      "ACCEPT_ACCOUNT, SMB, NULL, cs-scaled, ae-commercial",
      "HOLD_KICKOFF, ENTERPRISE, APAC, cs-enterprise, ae-enterprise",
      "HOLD_KICKOFF, MID_MARKET, NULL, cs-commercial, ae-commercial",
      "HOLD_KICKOFF, SMB, AMER, cs-scaled, ae-commercial"})
  void shouldBeSegmentCsTeamConsultingAesWhenAcceptingAccountOrHoldingKickoff(String handoff, String segment,
      String region, String csGroup, String aeGroup) {
    assertThat(evaluate(handoff, segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(csGroup, "cs-managers", "cs-directors", aeGroup, ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ACCEPT_ACCOUNT, NULL", "ACCEPT_ACCOUNT, UNKNOWN_SEGMENT",
      "HOLD_KICKOFF, NULL", "HOLD_KICKOFF, smb"})
  void shouldGiveNoResultWhenAcceptingAccountOrHoldingKickoffWithoutKnownSegment(String handoff, String segment) {
    assertThat(evaluate(handoff, segment, "AMER").getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldBeCsManagersInformingAesWhenOnboardingAtRisk(String segment, String region) {
    assertThat(evaluate("ONBOARDING_AT_RISK", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("cs-managers", "cs-directors", "cs-directors", "", "ae-enterprise,ae-commercial"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ENTERPRISE, AMER, account-managers, cs-enterprise", "ENTERPRISE, NULL, account-managers, cs-enterprise",
      "MID_MARKET, EMEA, cs-commercial, ''", "SMB, APAC, cs-scaled, ''", "SMB, NULL, cs-scaled, ''"})
  void shouldBeSegmentOwnerWhenPreparingRenewal(String segment, String region, String responsible,
      String consulted) {
    assertThat(evaluate("PREPARE_RENEWAL", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(responsible, "cs-managers", "cs-directors", consulted, ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldBeCsManagersInformingExecutiveSponsorsWhenRunningSavePlan(String segment, String region) {
    assertThat(evaluate("RUN_SAVE_PLAN", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("cs-managers", "cs-directors", "cs-directors", "", "executive-sponsors"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldBeCsDirectorsInformingExecutiveSponsorsWhenRenewalOverdue(String segment, String region) {
    assertThat(evaluate("RENEWAL_OVERDUE", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("cs-directors", "cs-directors", "cs-directors", "", "executive-sponsors"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AMER", "EMEA", "APAC"})
  void shouldBeAccountManagersConsultingEnterpriseCsWhenQualifyingEnterpriseExpansion(String region) {
    assertThat(evaluate("QUALIFY_EXPANSION", "ENTERPRISE", region).getSingleResult().getEntryMap())
        .isEqualTo(raci("account-managers", "sales-managers", "sales-directors", "cs-enterprise", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"MID_MARKET, EMEA, cs-commercial", "MID_MARKET, NULL, cs-commercial",
      "SMB, AMER, cs-scaled", "SMB, NULL, cs-scaled"})
  void shouldBeSegmentCsTeamWhenQualifyingNonEnterpriseExpansion(String segment, String region, String csGroup) {
    assertThat(evaluate("QUALIFY_EXPANSION", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(csGroup, "cs-managers", "cs-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"PREPARE_RENEWAL, NULL", "PREPARE_RENEWAL, UNKNOWN_SEGMENT",
      "QUALIFY_EXPANSION, NULL", "QUALIFY_EXPANSION, enterprise"})
  void shouldGiveNoResultWhenPreparingRenewalOrQualifyingExpansionWithoutKnownSegment(String handoff,
      String segment) {
    assertThat(evaluate(handoff, segment, "AMER").getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "ENTERPRISE, AMER, cs-enterprise, 'support-leads,account-managers,product', ae-enterprise",
      "ENTERPRISE, NULL, cs-enterprise, 'support-leads,account-managers,product', ae-enterprise",
      "MID_MARKET, EMEA, cs-commercial, 'support-leads,ae-commercial,product', ''",
      "SMB, APAC, cs-scaled, 'support-leads,product', ''", "SMB, NULL, cs-scaled, 'support-leads,product', ''"})
  void shouldBeSegmentCsTeamConsultingSupportAndProductWhenInvestigatingAccountRisk(String segment, String region,
      String csGroup, String consulted, String informed) {
    assertThat(evaluate("INVESTIGATE_ACCOUNT_RISK", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(csGroup, "cs-managers", "cs-directors", consulted, informed));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"UNKNOWN_SEGMENT", "enterprise"})
  void shouldGiveNoResultWhenInvestigatingAccountRiskWithoutKnownSegment(String segment) {
    assertThat(evaluate("INVESTIGATE_ACCOUNT_RISK", segment, "AMER").getResultList()).isEmpty();
  }

  /** Each consulted team reviews in its own task; the row gives the review's escalation. */
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldEscalateToCsManagersThenDirectorsWhenReviewingAccountRisk(String segment, String region) {
    assertThat(evaluate("REVIEW_ACCOUNT_RISK", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("support-leads", "cs-managers", "cs-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER, cs-enterprise", "ENTERPRISE, NULL, cs-enterprise",
      "MID_MARKET, EMEA, cs-commercial", "MID_MARKET, NULL, cs-commercial", "SMB, APAC, cs-scaled",
      "SMB, NULL, cs-scaled"})
  void shouldBeSegmentCsTeamInformingSupportLeadsWhenReviewingEscalatedTicket(String segment, String region,
      String csGroup) {
    assertThat(evaluate("REVIEW_ESCALATED_TICKET", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(csGroup, "cs-managers", "cs-directors", "", "support-leads"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"UNKNOWN_SEGMENT", "enterprise"})
  void shouldGiveNoResultWhenReviewingEscalatedTicketWithoutKnownSegment(String segment) {
    assertThat(evaluate("REVIEW_ESCALATED_TICKET", segment, "AMER").getResultList()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER", "MID_MARKET, EMEA", "SMB, APAC", "NULL, NULL"})
  void shouldBeSupportLeadsEscalatingToCsManagersWhenAcceptingCustomerIssue(String segment, String region) {
    assertThat(evaluate("ACCEPT_CUSTOMER_ISSUE", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci("support-leads", "cs-managers", "cs-directors", "", ""));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"ENTERPRISE, AMER, cs-enterprise", "ENTERPRISE, NULL, cs-enterprise",
      "MID_MARKET, EMEA, cs-commercial", "MID_MARKET, NULL, cs-commercial", "SMB, APAC, cs-scaled",
      "SMB, NULL, cs-scaled"})
  void shouldBeSegmentCsTeamEscalatingToCsManagersWhenAskingForAdvocacy(String segment, String region,
      String csGroup) {
    assertThat(evaluate("ASK_FOR_ADVOCACY", segment, region).getSingleResult().getEntryMap())
        .isEqualTo(raci(csGroup, "cs-managers", "cs-directors", "", ""));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"UNKNOWN_SEGMENT", "enterprise"})
  void shouldGiveNoResultWhenAskingForAdvocacyWithoutKnownSegment(String segment) {
    assertThat(evaluate("ASK_FOR_ADVOCACY", segment, "AMER").getResultList()).isEmpty();
  }
}
