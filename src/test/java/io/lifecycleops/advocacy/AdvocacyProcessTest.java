package io.lifecycleops.advocacy;

import static io.lifecycleops.advocacy.AdvocacyProcess.Elements.ASK;
import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.renewal.RenewalProcess;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path of advocacy: healthy customers are asked at good moments, never during a risk play or twice. */
@ProcessTest
class AdvocacyProcessTest {

  @Autowired EventSender events;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired AccountDirectory accounts;
  @Autowired org.springframework.context.ApplicationEventPublisher publisher;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @BeforeEach
  void mondayMorning() {
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private String customer() {
    return events.newCustomer("ENTERPRISE", 240000);
  }

  private void health(String accountId, int nps) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("accountId", accountId);
    data.put("usageTrend", "FLAT");
    data.put("seatUtilization", 0.6);
    data.put("latestNpsAnswer", nps);
    events.send("account.health", data);
  }

  private ProcessInstance askOf(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(AdvocacyProcess.KEY).processInstanceBusinessKey(accountId)
        .active().singleResult();
  }

  @Test
  void anAdoptingPromoterIsAskedAndTheAnswerIsRecorded() {
    String accountId = customer();
    health(accountId, 10);
    assertThat(askOf(accountId)).as("not while onboarding").isNull();
    accounts.setStage(accountId, "ADOPTING");

    health(accountId, 9);

    ProcessInstance ask = askOf(accountId);
    Task task = scenario.task(ask.getId(), ASK);
    assertThat(task.getAssignee()).isEqualTo(accounts.byId(accountId).orElseThrow().owner());
    assertThat(task.getDueDate()).as("on an SLA").isNotNull();
    assertThat(scenario.ledger(accountId, ADVOCACY_ASKED)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("askedBecause", "HEALTH_REPORTED").containsEntry("eligibleBecause", "Promoter (NPS 9 or more)"));

    scenario.complete(ask.getId(), ASK, task.getAssignee(), Map.of("advocacyOutcome", "CASE_STUDY", "advocacyNotes", "Q1 story"));

    assertThat(scenario.ledger(accountId, ADVOCACY_AGREED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("outcome", "CASE_STUDY"));
  }

  @Test
  void aRenewedCustomerWithPromoterHealthIsAskedAfterTheRenewal() {
    String accountId = customer();
    events.send("account.health", Map.of("accountId", accountId, "usageTrend", "UP", "seatUtilization", 0.85, "latestNpsAnswer", 5));
    String renewal = runtime.createProcessInstanceQuery().processDefinitionKey(RenewalProcess.KEY)
        .processInstanceBusinessKey(accountId).active().singleResult().getId();
    clock.set(Instant.parse("2027-08-02T00:00:00Z"));
    scenario.fireTimer(renewal, RenewalProcess.Elements.WINDOW_OPENS);
    String contractId = (String) scenario.variable(renewal, RenewalProcess.Variables.CONTRACT_ID.name());
    assertThat(askOf(accountId)).isNull();

    events.send("renewal.closed", Map.of("accountId", accountId, "contractId", contractId, "outcome", "RENEWED",
        "renewedArr", 240000, "newTermEnd", "2028-11-30"));

    assertThat(askOf(accountId)).isNotNull();
    assertThat(scenario.ledger(accountId, ADVOCACY_ASKED)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("askedBecause", "RENEWED").containsEntry("eligibleBecause", "Promoter health: usage up, 80% of seats used"));
  }

  @Test
  void noAskWhileARiskPlayIsOpen() {
    String accountId = customer();
    accounts.setStage(accountId, "ADOPTING");
    for (int i = 0; i < 3; i++) {
      events.send("support.ticket", Map.of("accountId", accountId, "ticketId", "T-1", "status", "REOPENED",
          "at", clock.instant().minus(Duration.ofHours(1)).toString()));
    }

    health(accountId, 10);

    assertThat(askOf(accountId)).isNull();
  }

  @Test
  void aCustomerWhoDeclinedIsNotAskedAgainWithinTheCoolDown() {
    String accountId = customer();
    accounts.setStage(accountId, "ADOPTING");
    health(accountId, 10);
    ProcessInstance ask = askOf(accountId);
    scenario.complete(ask.getId(), ASK, scenario.task(ask.getId(), ASK).getAssignee(), Map.of("advocacyOutcome", "DECLINED"));
    assertThat(scenario.ledger(accountId, ADVOCACY_DECLINED)).hasSize(1);

    clock.set(clock.instant().plus(Duration.ofDays(179)));
    health(accountId, 10);
    assertThat(askOf(accountId)).isNull();

    clock.set(clock.instant().plus(Duration.ofDays(2)));
    health(accountId, 10);
    assertThat(askOf(accountId)).isNotNull();
  }

  @Test
  void momentsReachedAtOnceForOneAccountAskOnce() throws Exception {
    String accountId = customer();
    health(accountId, 10);
    accounts.setStage(accountId, "ADOPTING");
    var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    var go = new java.util.concurrent.CountDownLatch(1);
    var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
    for (int i = 0; i < 3; i++) {
      // A Tasklist completion moving the account and health reports, each in its own transaction.
      var moment = i == 0 ? new io.lifecycleops.account.AccountMoment(accountId, io.lifecycleops.account.AccountMoment.Kind.STAGE_ENTERED, "ADOPTING")
          : new io.lifecycleops.account.AccountMoment(accountId, io.lifecycleops.account.AccountMoment.Kind.HEALTH_REPORTED, null);
      runs.add(pool.submit(() -> {
        go.await();
        transaction.executeWithoutResult(status -> publisher.publishEvent(moment));
        return null;
      }));
    }
    go.countDown();
    for (var run : runs) {
      run.get();
    }
    pool.shutdown();

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AdvocacyProcess.KEY)
        .processInstanceBusinessKey(accountId).count()).isEqualTo(1);
    assertThat(scenario.ledger(accountId, ADVOCACY_ASKED)).hasSize(1);
  }

  @Test
  void anAccountNpsScoreIsNoPromotersAnswer() {
    String accountId = customer();
    accounts.setStage(accountId, "ADOPTING");

    // The account's NPS of 20 (more promoters than detractors) says nothing of the contact we would ask.
    events.send("account.health", Map.of("accountId", accountId, "usageTrend", "FLAT", "seatUtilization", 0.6, "nps", 20));

    assertThat(askOf(accountId)).isNull();
  }
}
