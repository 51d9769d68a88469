package io.lifecycleops.opportunity;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of opportunity-to-close: a deal moves stage by stage on its exit criteria, stays when they
 * are missing, skips only with the skipped stages' criteria, moves back, goes to its manager when it sits too long or
 * passes its close date, and closes won (handing over to onboarding once) or lost with a reason.
 */
@ProcessTest
class OpportunityToCloseProcessTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String AE = "olivia";
  private static final Map<String, Object> DISCOVERY_MET = Map.of("pain", true, "champion", true, "decisionProcess", true);
  private static final Map<String, Object> EVALUATION_MET = Map.of("successCriteria", true, "technicalWin", true);
  private static final Map<String, Object> PROPOSAL_MET = Map.of("pricingApproved", true, "economicBuyerMet", true);
  private static final Map<String, Object> NEGOTIATION_MET = Map.of("legalReview", true, "orderFormSigned", true);

  @Autowired EventIntake intake;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Opportunities opportunities;
  @Autowired LifecycleLedger ledger;
  @Autowired io.lifecycleops.ownership.AccountDirectory accounts;

  @BeforeEach
  void aTuesdayMorning() {
    clock.set(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, BERLIN).toInstant());
  }

  private record Deal(String id, String accountId, String pi) {}

  /** The CRM reports a new ENTERPRISE deal owned by olivia: 120,000 EUR, closing at the end of March. */
  private Deal crmDeal() {
    String id = "O-" + UUID.randomUUID().toString().substring(0, 8);
    String accountId = "A-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("opportunityId", id);
    data.put("accountId", accountId);
    data.put("accountName", "Northwind " + accountId);
    data.put("name", "Northwind platform");
    data.put("amount", 120000);
    data.put("currency", "EUR");
    data.put("closeDate", "2027-03-31");
    data.put("owner", AE);
    data.put("segment", "ENTERPRISE");
    data.put("country", "DE");
    EventReceipt receipt = intake.accept(CloudEvents.from("test/crm", "opportunity.created", data));
    assertThat(receipt.status()).isEqualTo(EventStatus.STARTED);
    return new Deal(id, accountId, receipt.processInstanceId());
  }

  private Opportunity stored(Deal deal) {
    return opportunities.byId(deal.id()).orElseThrow();
  }

  /** The owner completes "Advance …" asking for {@code stage}, with these criteria and fields. */
  private void advance(Deal deal, String stage, Map<String, Object> fields) {
    Map<String, Object> variables = new HashMap<>(fields);
    variables.put("requestedStage", stage);
    scenario.complete(deal.pi(), ADVANCE, AE, variables);
  }

  private static Map<String, Object> with(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> all = new HashMap<>(a);
    all.putAll(b);
    return all;
  }

  private List<LedgerEntry> rows(Deal deal, LedgerEventType type) {
    return ledger.timeline(deal.id()).stream().filter(e -> e.type() == type).toList();
  }

  private EventReceipt crmMove(Deal deal, String stage, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("opportunityId", deal.id());
    data.put("stage", stage);
    data.putAll(extra);
    return intake.accept(CloudEvents.from("test/crm", "opportunity.stage_changed", data));
  }

  @Test
  void aDealWorkedStageByStageClosesWonAndHandsTheAccountToOnboarding() {
    Deal deal = crmDeal();
    Task advance = scenario.task(deal.pi(), ADVANCE);
    assertThat(advance.getName()).isEqualTo("Advance Discovery — Northwind " + deal.accountId());
    assertThat(advance.getAssignee()).isEqualTo(AE);
    assertThat(advance.getDueDate().toInstant()).as("due when the stage goes stale: 30 days")
        .isEqualTo(Instant.parse("2026-12-31T09:00:00Z"));
    assertThat(stored(deal).forecastCategory()).isEqualTo("PIPELINE");

    advance(deal, "EVALUATION", DISCOVERY_MET);
    advance(deal, "PROPOSAL", EVALUATION_MET);
    advance(deal, "NEGOTIATION", with(PROPOSAL_MET, Map.of("ownerCall", "COMMIT")));
    assertThat(stored(deal).forecastCategory()).as("in negotiation, its criteria not yet met").isEqualTo("BEST_CASE");
    advance(deal, "NEGOTIATION", Map.of("legalReview", true, "orderFormSigned", true));
    assertThat(stored(deal).forecastCategory()).as("negotiation criteria met and the owner commits").isEqualTo("COMMIT");
    advance(deal, "CLOSED_WON", Map.of("termStart", "2027-01-01", "termEnd", "2027-12-31", "amount", 130000));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal.pi()).count()).isZero();
    assertThat(stored(deal).stage()).isEqualTo("CLOSED_WON");
    assertThat(stored(deal).amount()).isEqualByComparingTo("130000");
    assertThat(stored(deal).forecastCategory()).isEqualTo("CLOSED");
    assertThat(rows(deal, STAGE_ENTERED)).extracting(LedgerEntry::stage)
        .containsExactly("DISCOVERY", "EVALUATION", "PROPOSAL", "NEGOTIATION", "CLOSED_WON");
    assertThat(rows(deal, STAGE_LEFT)).extracting(LedgerEntry::stage)
        .containsExactly("DISCOVERY", "EVALUATION", "PROPOSAL", "NEGOTIATION");
    assertThat(rows(deal, STAGE_ENTERED).get(1).details()).containsEntry("amount", 120000.0).containsEntry("currency", "EUR");
    assertThat(rows(deal, FORECAST_CATEGORY_CHANGED)).extracting(e -> e.details().get("category"))
        .containsExactly("PIPELINE", "BEST_CASE", "COMMIT", "CLOSED");
    assertThat(rows(deal, OPPORTUNITY_WON)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("amount", 130000.0).containsEntry("currency", "EUR"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(deal.accountId()).count()).isEqualTo(1);
  }

  @Test
  void theRulesThatSetADealsForecastCategoryAndStaleDateAreInItsAccountsDecisionTrail(
      @Autowired io.lifecycleops.decision.DecisionTrail trail) {
    Deal deal = crmDeal();

    assertThat(opportunities.idsOf(deal.accountId())).containsExactly(deal.id());
    var decided = trail.ofSubjects(List.of(deal.accountId(), deal.id()));
    assertThat(decided).extracting(io.lifecycleops.decision.DecisionTrail.Evaluation::decision)
        .contains("forecast-category", "stale-stage");
    assertThat(decided).filteredOn(e -> e.decision().equals("forecast-category")).first()
        .satisfies(e -> assertThat(e.matchedRules()).singleElement()
            .satisfies(rule -> assertThat(rule.outputs()).containsEntry("category", "PIPELINE")));
  }

  @Test
  void aMoveWithoutItsExitCriteriaLeavesTheDealWhereItIsAndAsksTheOwnerForThem() {
    Deal deal = crmDeal();

    advance(deal, "EVALUATION", Map.of("pain", true));

    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    Task complete = scenario.task(deal.pi(), COMPLETE_CRITERIA);
    assertThat(complete.getAssignee()).as("the deal's owner, on an SLA").isEqualTo(AE);
    assertThat(complete.getDueDate()).isNotNull();
    assertThat(scenario.variable(deal.pi(), "missingCriteriaLabels")).isEqualTo("Champion named, Decision process known");
    assertThat(rows(deal, EXIT_CRITERIA_MISSING)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("to", "EVALUATION").containsEntry("missing", List.of("champion", "decisionProcess")));

    scenario.complete(deal.pi(), COMPLETE_CRITERIA, AE, Map.of("champion", true, "decisionProcess", true));

    assertThat(stored(deal).stage()).isEqualTo("EVALUATION");
    assertThat(stored(deal).criteria()).containsEntry("pain", true).containsEntry("champion", true);
    assertThat(scenario.task(deal.pi(), ADVANCE).getName()).startsWith("Advance Evaluation — ");
  }

  @Test
  void skippingAStageNeedsTheSkippedStagesCriteriaToo() {
    Deal deal = crmDeal();

    advance(deal, "PROPOSAL", DISCOVERY_MET);

    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(scenario.variable(deal.pi(), "missingCriteria")).isEqualTo("successCriteria,technicalWin");

    scenario.complete(deal.pi(), COMPLETE_CRITERIA, AE, EVALUATION_MET);
    assertThat(stored(deal).stage()).isEqualTo("PROPOSAL");
    assertThat(rows(deal, STAGE_ENTERED)).extracting(LedgerEntry::stage).containsExactly("DISCOVERY", "PROPOSAL");
  }

  @Test
  void theOwnerMayWithdrawAMoveWhoseCriteriaAreMissing() {
    Deal deal = crmDeal();
    advance(deal, "EVALUATION", Map.of());

    scenario.complete(deal.pi(), COMPLETE_CRITERIA, AE, Map.of("requestedStage", "DISCOVERY"));

    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(scenario.task(deal.pi(), ADVANCE)).isNotNull();
    assertThat(rows(deal, STAGE_ENTERED)).hasSize(1);
  }

  @Test
  void movingBackIsAllowedAndRecorded() {
    Deal deal = crmDeal();
    advance(deal, "EVALUATION", DISCOVERY_MET);

    advance(deal, "DISCOVERY", Map.of());

    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(rows(deal, STAGE_ENTERED)).last().satisfies(e -> assertThat(e.details())
        .containsEntry("from", "EVALUATION").containsEntry("direction", "BACK"));
  }

  @Test
  void aDealLostNeedsAReasonAndRecordsItWithTheAmount() {
    Deal deal = crmDeal();

    advance(deal, "CLOSED_LOST", Map.of());
    assertThat(scenario.variable(deal.pi(), "missingCriteria")).isEqualTo("lostReason");
    scenario.complete(deal.pi(), COMPLETE_CRITERIA, AE, Map.of("lostReason", "COMPETITOR", "lostNote", "Went with a rival"));

    assertThat(stored(deal).stage()).isEqualTo("CLOSED_LOST");
    assertThat(stored(deal).lostReason()).isEqualTo("COMPETITOR");
    assertThat(rows(deal, OPPORTUNITY_LOST)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("reason", "COMPETITOR").containsEntry("amount", 120000.0).containsEntry("currency", "EUR"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(deal.accountId()).count()).isZero();
  }

  private Job timer(Deal deal, String boundary) {
    return management.createJobQuery().processInstanceId(deal.pi()).activityId(boundary).singleResult();
  }

  @Test
  void aDealSittingInItsStageTooLongGoesToTheSalesManagerWhoPushesTheCloseDate() {
    Deal deal = crmDeal();
    Job stale = timer(deal, STAGE_STALE);
    assertThat(stale.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-31T09:00:00Z"));

    clock.set(ZonedDateTime.of(2027, 1, 4, 10, 0, 0, 0, BERLIN).toInstant());
    management.executeJob(stale.getId());

    Task review = scenario.task(deal.pi(), REVIEW_STALLED_DEAL);
    assertThat(tasks.getIdentityLinksForTask(review.getId())).filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .extracting(l -> l.getGroupId()).containsExactly("sales-managers");
    assertThat(rows(deal, DEAL_STALLED)).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("reason", "STALE_STAGE"));
    assertThat(scenario.task(deal.pi(), ADVANCE)).as("the owner keeps working the deal").isNotNull();

    scenario.complete(deal.pi(), REVIEW_STALLED_DEAL, "liam", Map.of("reviewAction", "PUSH_CLOSE_DATE", "newCloseDate", "2027-06-30"));

    assertThat(stored(deal).closeDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(timer(deal, STAGE_STALE).getDuedate().toInstant()).as("the stale clock starts again")
        .isEqualTo(Instant.parse("2027-02-03T09:00:00Z"));
    assertThat(rows(deal, DEAL_REVIEWED)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("action", "PUSH_CLOSE_DATE").containsEntry("closeDate", "2027-06-30"));
  }

  @Test
  void aDealClosedWhileItsReviewIsOpenEndsTheReview() {
    Deal deal = crmDeal();
    clock.set(ZonedDateTime.of(2027, 1, 4, 10, 0, 0, 0, BERLIN).toInstant());
    management.executeJob(timer(deal, STAGE_STALE).getId());
    assertThat(scenario.task(deal.pi(), REVIEW_STALLED_DEAL)).isNotNull();

    advance(deal, "CLOSED_LOST", Map.of("lostReason", "TIMING"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal.pi()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(deal.pi()).count()).isZero();
  }

  @Test
  void updatingAStalledDealDoesNotAskTheManagerAgain() {
    Deal deal = crmDeal();
    clock.set(ZonedDateTime.of(2027, 1, 4, 10, 0, 0, 0, BERLIN).toInstant());
    management.executeJob(timer(deal, STAGE_STALE).getId());

    advance(deal, "DISCOVERY", Map.of("pain", true));   // the owner only updates the deal
    crmMove(deal, "DISCOVERY", Map.of("amount", 125000));

    assertThat(tasks.createTaskQuery().processInstanceId(deal.pi()).taskDefinitionKey(REVIEW_STALLED_DEAL).count()).isEqualTo(1);
    assertThat(rows(deal, DEAL_STALLED)).hasSize(1);
    assertThat(timer(deal, STAGE_STALE).getDuedate().toInstant()).isAfter(Instant.parse("9999-01-01T00:00:00Z"));
  }

  @Test
  void aLeadsDealWithoutACurrencyIsAskedForOneBeforeItClosesWon(@Autowired DealDesk desk) {
    String accountId = "A-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensure(accountId, "Contoso " + accountId, "ENTERPRISE", "EMEA");
    accounts.claimIfUnowned(accountId, AE);
    Opportunity opened = opportunities.open(accountId, "L-1", "Contoso", AE, null);
    opportunities.describe(opened.id(), "ENTERPRISE", "EMEA");
    Deal deal = new Deal(opened.id(), accountId, desk.start(opportunities.byId(opened.id()).orElseThrow(), "Contoso").getId());

    advance(deal, "CLOSED_WON", with(with(with(DISCOVERY_MET, EVALUATION_MET), with(PROPOSAL_MET, NEGOTIATION_MET)),
        Map.of("amount", 50000, "termStart", "2027-01-01", "termEnd", "2027-12-31")));
    assertThat(scenario.variable(deal.pi(), "missingCriteria")).isEqualTo("currency");

    scenario.complete(deal.pi(), COMPLETE_CRITERIA, AE, Map.of("currency", "EUR"));

    assertThat(stored(deal).stage()).isEqualTo("CLOSED_WON");
    assertThat(stored(deal).currency()).isEqualTo("EUR");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(accountId).count()).isEqualTo(1);
  }

  @Test
  void theManagerMayMoveAStalledDealBack() {
    Deal deal = crmDeal();
    advance(deal, "EVALUATION", DISCOVERY_MET);
    clock.set(ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, BERLIN).toInstant());
    management.executeJob(timer(deal, STAGE_STALE).getId());

    scenario.complete(deal.pi(), REVIEW_STALLED_DEAL, "liam", Map.of("reviewAction", "MOVE_BACK", "moveBackTo", "DISCOVERY"));

    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(scenario.task(deal.pi(), ADVANCE).getName()).startsWith("Advance Discovery");
  }

  @Test
  void aDealPastItsCloseDateGoesToTheManagerWhoClosesItLost() {
    Deal deal = crmDeal();
    Job closeDate = timer(deal, CLOSE_DATE_PASSED);
    assertThat(closeDate.getDuedate().toInstant()).as("the first opening after the close date")
        .isEqualTo(ZonedDateTime.of(2027, 4, 1, 9, 0, 0, 0, BERLIN).toInstant());

    clock.set(ZonedDateTime.of(2027, 4, 1, 9, 0, 0, 0, BERLIN).toInstant());
    management.executeJob(closeDate.getId());
    assertThat(rows(deal, DEAL_STALLED)).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("reason", "CLOSE_DATE_PASSED"));

    scenario.complete(deal.pi(), REVIEW_STALLED_DEAL, "liam", Map.of("reviewAction", "CLOSE_LOST", "lostReason", "NO_DECISION"));

    assertThat(stored(deal).stage()).isEqualTo("CLOSED_LOST");
    assertThat(rows(deal, OPPORTUNITY_LOST)).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("reason", "NO_DECISION"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal.pi()).count()).isZero();
  }

  @Test
  void theCrmMovesADealAndIsToldWhichCriteriaAreMissing() {
    Deal deal = crmDeal();

    EventReceipt refused = crmMove(deal, "EVALUATION", Map.of("criteria", Map.of("pain", "Manual reconciliation, 2 FTE")));
    assertThat(refused.status()).isEqualTo(EventStatus.EXIT_CRITERIA_MISSING);
    assertThat(refused.missingCriteria()).containsExactly("champion", "decisionProcess");
    assertThat(stored(deal).stage()).isEqualTo("DISCOVERY");
    assertThat(scenario.task(deal.pi(), COMPLETE_CRITERIA)).isNotNull();

    EventReceipt applied = crmMove(deal, "EVALUATION", Map.of("amount", 150000, "criteria",
        Map.of("champion", "Dana, Head of Finance", "decisionProcess", true)));
    assertThat(applied.status()).isEqualTo(EventStatus.APPLIED);
    assertThat(stored(deal).stage()).isEqualTo("EVALUATION");
    assertThat(stored(deal).amount()).isEqualByComparingTo(new BigDecimal("150000"));
    assertThat(scenario.openTasks(deal.pi())).extracting(Task::getTaskDefinitionKey).containsExactly(ADVANCE);
  }

  /** The CRM's opportunity.closed_won for the deal. */
  private EventReceipt crmClosedWon(Deal deal) {
    Map<String, Object> won = new LinkedHashMap<>();
    won.put("accountId", deal.accountId());
    won.put("opportunityId", deal.id());
    won.put("accountName", "Northwind " + deal.accountId());
    won.put("segment", "ENTERPRISE");
    won.put("arr", 120000);
    won.put("currency", "EUR");
    won.put("termStart", "2027-01-01");
    won.put("termEnd", "2027-12-31");
    return intake.accept(CloudEvents.from("test/crm", "opportunity.closed_won", won));
  }

  @Test
  void aDealTheCrmReportsWonClosesHereAndOnboardsOnce() {
    Deal deal = crmDeal();
    EventReceipt receipt = crmClosedWon(deal);

    assertThat(receipt.status()).isEqualTo(EventStatus.STARTED);
    assertThat(stored(deal).stage()).isEqualTo("CLOSED_WON");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal.pi()).count()).isZero();
    assertThat(rows(deal, OPPORTUNITY_WON)).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("reportedBy", "CRM"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(deal.accountId()).count()).isEqualTo(1);
  }

  @Test
  void aDealWonHereIsNotOnboardedAgainWhenTheCrmAlsoReportsIt() {
    Deal deal = crmDeal();
    crmMove(deal, "CLOSED_WON", Map.of("termStart", "2027-01-01", "termEnd", "2027-12-31", "criteria",
        with(with(DISCOVERY_MET, EVALUATION_MET), with(PROPOSAL_MET, NEGOTIATION_MET))));
    assertThat(stored(deal).stage()).isEqualTo("CLOSED_WON");

    EventReceipt receipt = crmClosedWon(deal);

    assertThat(receipt.status()).isEqualTo(EventStatus.ALREADY_ONBOARDING);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(deal.accountId()).count()).isEqualTo(1);
    assertThat(rows(deal, OPPORTUNITY_WON)).hasSize(1);
  }
}
