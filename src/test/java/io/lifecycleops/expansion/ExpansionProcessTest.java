package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Elements.*;
import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.expansion.ExpansionProcess.Variables;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.onboarding.ClosedWonEventHandler;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** One scenario per path of expansion (LIFECYCLE.md 3.5). */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:renewal-tests;DB_CLOSE_DELAY=-1")
class ExpansionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired EventSender events;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired Opportunities opportunities;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private String customer(String segment) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    events.send(ClosedWonEventHandler.TYPE, EventData.closedWon(accountId, segment, 100000));
    return accountId;
  }

  private ProcessInstance expansionOf(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ExpansionProcess.KEY).processInstanceBusinessKey(accountId)
        .active().singleResult();
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private String qualified(String accountId) {
    EventReceipt started = events.send("usage.signal", Map.of("accountId", accountId, "signal", "SEAT_UTILIZATION_HIGH", "note", "96% of seats"));
    String pi = started.processInstanceId();
    Task qualify = scenario.task(pi, QUALIFY_EXPANSION);
    scenario.complete(pi, QUALIFY_EXPANSION, qualify.getAssignee(), Map.of(Variables.EXPANSION_QUALIFIED.name(), true,
        Variables.EXPANSION_PLAY.name(), "UPSELL_SEATS", Variables.EXPANSION_AMOUNT.name(), 25000));
    return pi;
  }

  @Test
  void seatUtilizationSignalOfAnEnterpriseCustomerGoesToAnAccountManager() {
    String accountId = customer("ENTERPRISE");

    EventReceipt receipt = events.send("usage.signal", Map.of("accountId", accountId, "signal", "SEAT_UTILIZATION_HIGH"));

    assertThat(receipt.status()).isEqualTo(EventStatus.STARTED);
    String pi = receipt.processInstanceId();
    assertThat(expansionOf(accountId)).isWaitingAt(QUALIFY_EXPANSION);
    assertThat(scenario.variable(pi, Variables.PLAY.name())).isEqualTo("UPSELL_SEATS");
    assertThat(scenario.variable(pi, Variables.OWNER_ROLE.name())).isEqualTo("AM");
    Task qualify = scenario.task(pi, QUALIFY_EXPANSION);
    assertThat(groups(qualify)).containsExactly("account-managers");
    // Three business days from Monday 10:00 in Berlin.
    assertThat(qualify.getDueDate().toInstant()).isEqualTo(TestClock.MONDAY_10_BERLIN.plus(java.time.Duration.ofDays(3)));
  }

  @Test
  void smbExpansionIsOwnedByTheAccountsCsm() {
    String accountId = customer("SMB");
    String pi = events.send("expansion.request", Map.of("accountId", accountId, "requestedBy", "sam", "note", "New team in Lyon")).processInstanceId();

    assertThat(scenario.variable(pi, Variables.OWNER_ROLE.name())).isEqualTo("CSM");
    assertThat(groups(scenario.task(pi, QUALIFY_EXPANSION))).containsExactly("cs-scaled");
  }

  @Test
  void aSecondSignalJoinsTheOpenExpansionInsteadOfStartingAnother() {
    String accountId = customer("ENTERPRISE");
    String pi = events.send("usage.signal", Map.of("accountId", accountId, "signal", "SEAT_UTILIZATION_HIGH")).processInstanceId();

    EventReceipt second = events.send("usage.signal", Map.of("accountId", accountId, "signal", "NEW_TEAM", "note", "Finance team"));

    assertThat(second.status()).isEqualTo(EventStatus.JOINED);
    assertThat(second.processInstanceId()).isEqualTo(pi);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExpansionProcess.KEY).processInstanceBusinessKey(accountId).count()).isEqualTo(1);
    assertThat(scenario.variable(pi, Variables.SIGNALS.name())).isEqualTo("SEAT_UTILIZATION_HIGH\nNEW_TEAM: Finance team");
  }

  @Test
  void manyLongSignalsAllStayInTheJsonHistoryWhileTheTaskShowsTheNewestThatFit() {
    String accountId = customer("ENTERPRISE");
    String pi = events.send("usage.signal", Map.of("accountId", accountId, "signal", "SEAT_UTILIZATION_HIGH")).processInstanceId();
    for (int i = 0; i < 5; i++) {
      events.send("usage.signal", Map.of("accountId", accountId, "signal", "NEW_TEAM", "note", i + " " + "n".repeat(1900)));
    }

    String shown = (String) scenario.variable(pi, Variables.SIGNALS.name());
    List<String> history = ExpansionSignals.historyOf(runtime, pi);
    assertThat(shown.length()).isLessThanOrEqualTo(ExpansionSignals.MAX_SIGNALS_TEXT);
    assertThat(shown).startsWith("NEW_TEAM: 3").contains("NEW_TEAM: 4");
    assertThat(history).hasSize(6);
    assertThat(history.get(0)).isEqualTo("SEAT_UTILIZATION_HIGH");
    assertThat(history.get(5)).startsWith("NEW_TEAM: 4");
  }

  @Test
  void concurrentSignalsForOneAccountStartOneExpansion() throws Exception {
    String accountId = customer("MID_MARKET");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<EventReceipt>> sent = new ArrayList<>();
    for (String signal : List.of("SEAT_UTILIZATION_HIGH", "NEW_TEAM", "PRODUCT_QUALIFIED", "USAGE_OVER_ENTITLEMENT")) {
      Callable<EventReceipt> send = () -> {
        go.await();
        return events.send("usage.signal", Map.of("accountId", accountId, "signal", signal));
      };
      sent.add(pool.submit(send));
    }
    go.countDown();
    List<EventStatus> statuses = new ArrayList<>();
    for (Future<EventReceipt> f : sent) {
      statuses.add(f.get().status());
    }
    pool.shutdown();

    assertThat(statuses).containsOnlyOnce(EventStatus.STARTED);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ExpansionProcess.KEY)
        .processInstanceBusinessKey(accountId).count()).isEqualTo(1);
  }

  @Test
  void signalOfAnAccountAtHighRiskIsNotQualified() {
    String accountId = customer("ENTERPRISE");
    events.send("account.health", Map.of("accountId", accountId, "openEscalations", 3));

    String pi = events.send("usage.signal", Map.of("accountId", accountId, "signal", "NEW_TEAM")).processInstanceId();

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_NOT_QUALIFIED).count()).isEqualTo(1);
    assertThat(expansionOf(accountId)).isNull();
  }

  @Test
  void wonExpansionAddsItsAmountAsExpansionRevenue() {
    String accountId = customer("ENTERPRISE");
    String pi = qualified(accountId);
    String opportunityId = (String) scenario.variable(pi, Variables.EXPANSION_OPPORTUNITY_ID.name());
    assertThat(opportunities.byId(opportunityId).orElseThrow().stage()).isEqualTo("DISCOVERY");

    EventReceipt closed = events.send("expansion.closed", Map.of("accountId", accountId, "outcome", "WON", "amount", 30000));

    assertThat(closed.status()).isEqualTo(EventStatus.APPLIED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_WON).count()).isEqualTo(1);
    assertThat(scenario.ledger(accountId, REVENUE).stream().map(e -> e.details().get("kind") + " " + e.details().get("arr")))
        .containsExactly("NEW 100000.0", "EXPANSION 30000.0");
    assertThat(opportunities.byId(opportunityId).orElseThrow().stage()).isEqualTo("CLOSED_WON");
  }

  @Test
  void anExpansionDealRunsTheDealStagesAndItsWinThereBooksExpansionRevenue() {
    String accountId = customer("ENTERPRISE");
    String pi = qualified(accountId);
    String opportunityId = (String) scenario.variable(pi, Variables.EXPANSION_OPPORTUNITY_ID.name());
    ProcessInstance deal = runtime.createProcessInstanceQuery().processDefinitionKey("opportunity-to-close")
        .processInstanceBusinessKey(opportunityId).singleResult();
    assertThat(deal).as("an expansion deal moves through the same stages").isNotNull();
    Map<String, Object> criteria = new HashMap<>();
    for (String criterion : List.of("pain", "champion", "decisionProcess", "successCriteria", "technicalWin", "pricingApproved",
        "economicBuyerMet", "legalReview", "orderFormSigned")) {
      criteria.put(criterion, true);
    }

    EventReceipt won = events.send("opportunity.stage_changed", Map.of("opportunityId", opportunityId, "stage", "CLOSED_WON",
        "amount", 28000, "termStart", "2027-01-01", "termEnd", "2027-12-31", "criteria", criteria));

    assertThat(won.status()).isEqualTo(EventStatus.APPLIED);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_WON).count()).isEqualTo(1);
    assertThat(scenario.ledger(accountId, REVENUE).stream().map(e -> e.details().get("kind") + " " + e.details().get("arr")))
        .containsExactly("NEW 100000.0", "EXPANSION 28000.0");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("closed-won-to-onboarding")
        .processInstanceBusinessKey(accountId).active().count()).as("no second onboarding for a customer").isLessThanOrEqualTo(1);
  }

  @Test
  void theCrmClosingAnExpansionClosesItsDealToo() {
    String accountId = customer("ENTERPRISE");
    String pi = qualified(accountId);
    String opportunityId = (String) scenario.variable(pi, Variables.EXPANSION_OPPORTUNITY_ID.name());

    events.send("expansion.closed", Map.of("accountId", accountId, "outcome", "LOST"));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("opportunity-to-close")
        .processInstanceBusinessKey(opportunityId).count()).isZero();
    assertThat(opportunities.byId(opportunityId).orElseThrow().stage()).isEqualTo("CLOSED_LOST");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_LOST).count()).isEqualTo(1);
  }

  @Test
  void lostExpansionAddsNoRevenue() {
    String accountId = customer("ENTERPRISE");
    String pi = qualified(accountId);

    events.send("expansion.closed", Map.of("accountId", accountId, "outcome", "LOST"));

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_LOST).count()).isEqualTo(1);
    assertThat(scenario.ledger(accountId, REVENUE)).hasSize(1);
  }

  @Test
  void ownerWhoDoesNotPursueItEndsTheExpansion() {
    String accountId = customer("SMB");
    String pi = events.send("usage.signal", Map.of("accountId", accountId, "signal", "PRODUCT_QUALIFIED")).processInstanceId();

    scenario.complete(pi, QUALIFY_EXPANSION, scenario.task(pi, QUALIFY_EXPANSION).getAssignee(), Map.of(Variables.EXPANSION_QUALIFIED.name(), false));

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId(END_NOT_PURSUED).count()).isEqualTo(1);
  }
}
