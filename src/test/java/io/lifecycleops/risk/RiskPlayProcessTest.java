package io.lifecycleops.risk;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static io.lifecycleops.risk.RiskPlayProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of risk-play: signals open a play with one owner and a review per consulted team, later
 * signals join it, and it closes when the CSM resolves it or the signals stay clear for the cool-down.
 */
@ProcessTest
class RiskPlayProcessTest {

  @Autowired EventSender events;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AccountDirectory accounts;
  @Autowired SignalRechecks rechecks;


  @BeforeEach
  void mondayMorning() {
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private String customer() {
    return events.newCustomer("ENTERPRISE", 120000);
  }

  private String ago(Duration duration) {
    return clock.instant().minus(duration).toString();
  }

  private void ticket(String accountId, String ticketId, String status) {
    events.send("support.ticket", Map.of("accountId", accountId, "ticketId", ticketId, "status", status,
        "at", ago(Duration.ofHours(2))));
  }

  private void message(String accountId, String thread, String direction, Duration ago) {
    events.send("conversation.message", Map.of("accountId", accountId, "conversationId", thread, "direction", direction,
        "at", ago(ago)));
  }

  private ProcessInstance playOf(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RiskPlayProcess.KEY).processInstanceBusinessKey(accountId)
        .active().singleResult();
  }

  private List<LedgerEntry> rows(String accountId, io.lifecycleops.ledger.LedgerEventType type) {
    return scenario.ledger(accountId, type);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  @Test
  void reopenedTicketsOpenAPlayForTheOwnerWithAReviewForEachConsultedTeam() {
    String accountId = customer();
    ticket(accountId, "T-1", "OPENED");
    ticket(accountId, "T-1", "REOPENED");
    ticket(accountId, "T-1", "REOPENED");
    assertThat(playOf(accountId)).as("two reopenings are no play yet").isNull();

    ticket(accountId, "T-1", "REOPENED");

    ProcessInstance play = playOf(accountId);
    assertThat(play).isNotNull();
    Task investigate = scenario.task(play.getId(), INVESTIGATE);
    assertThat(investigate.getAssignee()).isEqualTo(accounts.byId(accountId).orElseThrow().owner());
    assertThat(investigate.getDueDate()).as("on an SLA").isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(play.getId()).taskDefinitionKey(REVIEW).list())
        .extracting(task -> candidateGroups(task).get(0))
        .containsExactlyInAnyOrder("support-leads", "account-managers", "product");
    assertThat(scenario.variable(play.getId(), "riskSignalLabels")).isEqualTo("3 or more reopened tickets in 30 days");
    assertThat(rows(accountId, RISK_DETECTED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("signals", List.of("REPEATED_REOPENINGS")));
    assertThat(rows(accountId, RISK_PLAY_OPENED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("severity", "MEDIUM"));
  }

  @Test
  void laterSignalsJoinTheOpenPlayAndTheCsmResolvesIt() {
    String accountId = customer();
    for (int i = 0; i < 3; i++) {
      ticket(accountId, "T-1", "REOPENED");
    }
    String playId = playOf(accountId).getId();

    ticket(accountId, "T-2", "ESCALATED");
    ticket(accountId, "T-3", "ESCALATED");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RiskPlayProcess.KEY)
        .processInstanceBusinessKey(accountId).count()).as("one play per account").isEqualTo(1);
    assertThat(scenario.variable(playId, "severity")).isEqualTo("HIGH");
    assertThat(scenario.variable(playId, "riskSignals")).isEqualTo("REPEATED_REOPENINGS,REPEATED_ESCALATIONS");
    assertThat(rows(accountId, RISK_DETECTED)).last()
        .satisfies(e -> assertThat(e.details()).containsEntry("joinedOpenPlay", true));

    Task investigate = scenario.task(playId, INVESTIGATE);
    scenario.complete(playId, INVESTIGATE, investigate.getAssignee(),
        Map.of("recoveryPlan", "Weekly call with their IT lead; hotfix for exports shipped"));

    assertThat(playOf(accountId)).isNull();
    assertThat(tasks.createTaskQuery().processInstanceId(playId).count()).as("the reviews end with the play").isZero();
    assertThat(rows(accountId, RISK_PLAY_CLOSED)).singleElement().satisfies(e -> assertThat(e.details())
        .containsEntry("outcome", "RESOLVED").containsEntry("recoveryPlan", "Weekly call with their IT lead; hotfix for exports shipped"));
  }

  @Test
  void aPlayClosesByItselfWhenTheSignalsStayClearForTheCoolDown() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(15));
    String playId = playOf(accountId).getId();
    assertThat(scenario.variable(playId, "riskSignals")).isEqualTo("CUSTOMER_SILENT");

    message(accountId, "C-1", "INBOUND", Duration.ofHours(1));   // the customer answers: the signals clear
    assertThat(playOf(accountId)).as("not before the cool-down").isNotNull();

    clock.set(clock.instant().plus(Duration.ofDays(14)));
    management.executeJob(management.createJobQuery().processInstanceId(playId).activityId(COOL_DOWN).singleResult().getId());

    assertThat(playOf(accountId)).isNull();
    assertThat(rows(accountId, RISK_PLAY_CLOSED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("outcome", "CLEARED"));
  }

  @Test
  void signalsThatReturnDuringTheCoolDownKeepThePlayOpen() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(15));
    String playId = playOf(accountId).getId();
    message(accountId, "C-1", "INBOUND", Duration.ofHours(1));
    String coolDown = management.createJobQuery().processInstanceId(playId).activityId(COOL_DOWN).singleResult().getId();

    message(accountId, "C-2", "OUTBOUND", Duration.ofDays(20));   // another thread they never answered
    clock.set(clock.instant().plus(Duration.ofDays(14)));
    management.executeJob(coolDown);

    assertThat(playOf(accountId)).isNotNull();
    assertThat(scenario.task(playId, INVESTIGATE)).isNotNull();
    assertThat(rows(accountId, RISK_PLAY_CLOSED)).isEmpty();
  }

  @Test
  void anEarlierCoolDownDoesNotCloseAPlayWhoseSignalsClearedAgainLater() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(15));
    String playId = playOf(accountId).getId();
    message(accountId, "C-1", "INBOUND", Duration.ofHours(1));
    message(accountId, "C-2", "OUTBOUND", Duration.ofDays(20));
    clock.set(clock.instant().plus(Duration.ofDays(3)));
    message(accountId, "C-2", "INBOUND", Duration.ofHours(1));     // clear again, three days later
    Instant firstCoolDownEnds = clock.instant().plus(Duration.ofDays(11));

    clock.set(firstCoolDownEnds);
    management.createJobQuery().processInstanceId(playId).activityId(COOL_DOWN).list().stream()
        .filter(job -> !job.getDuedate().toInstant().isAfter(firstCoolDownEnds))
        .forEach(job -> management.executeJob(job.getId()));

    assertThat(playOf(accountId)).as("the signals have been clear for 11 days only").isNotNull();
  }

  @Test
  void concurrentSignalsForOneAccountOpenOnePlay() throws Exception {
    String accountId = customer();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String ticketId = "T-" + i;
      String status = i % 2 == 0 ? "ESCALATED" : "REOPENED";
      sent.add(pool.submit(() -> {
        go.await();
        ticket(accountId, ticketId, status);
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RiskPlayProcess.KEY)
        .processInstanceBusinessKey(accountId).count()).isEqualTo(1);
    assertThat(rows(accountId, RISK_PLAY_OPENED)).hasSize(1);
  }

  @Test
  void aProspectsSilenceIsRecordedButOpensNoPlay() {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensure(accountId, "Prospect " + accountId, null, null);

    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(20));

    assertThat(playOf(accountId)).isNull();
    assertThat(rows(accountId, SIGNALS_CHANGED)).hasSize(1);
  }

  @Test
  void aSilenceThatReachesFourteenDaysOpensAPlayWithoutAnotherFact() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(13).plusHours(12));
    assertThat(playOf(accountId)).isNull();

    clock.advance(Duration.ofHours(11));
    rechecks.recheckDue();
    assertThat(playOf(accountId)).as("13 days and 23 hours").isNull();

    clock.advance(Duration.ofHours(1));
    rechecks.recheckDue();

    ProcessInstance play = playOf(accountId);
    assertThat(play).isNotNull();
    assertThat(scenario.variable(play.getId(), "riskSignals")).isEqualTo("CUSTOMER_SILENT");
    assertThat(rows(accountId, SIGNALS_CHANGED)).last()
        .satisfies(e -> {
          assertThat(e.details()).containsEntry("longestUnansweredDays", 14.0);
          assertThat(e.actor()).as("time, not a person").isEqualTo("system");
        });
  }

  @Test
  void reopeningsThatLeaveTheWindowClearThePlayAndItClosesAfterTheCoolDown() {
    String accountId = customer();
    for (int i = 0; i < 3; i++) {
      ticket(accountId, "T-1", "REOPENED");
    }
    String playId = playOf(accountId).getId();

    clock.advance(Duration.ofDays(30));
    rechecks.recheckDue();

    assertThat(rows(accountId, SIGNALS_CHANGED)).last()
        .satisfies(e -> assertThat(e.details()).containsEntry("reopenings", 0));
    var coolDown = management.createJobQuery().processInstanceId(playId).activityId(COOL_DOWN).singleResult();
    assertThat(coolDown).as("the signals cleared by themselves").isNotNull();
    clock.advance(Duration.ofDays(14));
    management.executeJob(coolDown.getId());

    assertThat(playOf(accountId)).isNull();
    assertThat(rows(accountId, RISK_PLAY_CLOSED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("outcome", "CLEARED"));
  }

  @Test
  void aPlayTheCsmResolvedIsNotReopenedForTheSameSignalsButIsForANewOne() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(15));
    String playId = playOf(accountId).getId();
    Task investigate = scenario.task(playId, INVESTIGATE);
    scenario.complete(playId, INVESTIGATE, investigate.getAssignee(), Map.of("recoveryPlan", "Their champion left; call the CFO"));

    clock.advance(Duration.ofDays(1));
    rechecks.recheckDue();
    assertThat(rows(accountId, SIGNALS_CHANGED)).last()
        .satisfies(e -> assertThat(e.details()).containsEntry("longestUnansweredDays", 16.0));
    assertThat(playOf(accountId)).as("the CSM has seen this silence").isNull();

    ticket(accountId, "T-1", "ESCALATED");
    ticket(accountId, "T-2", "ESCALATED");

    ProcessInstance next = playOf(accountId);
    assertThat(next).as("escalations are news").isNotNull();
    assertThat(scenario.variable(next.getId(), "riskSignals")).isEqualTo("REPEATED_ESCALATIONS,CUSTOMER_SILENT");
  }

  @Test
  void signalsThatClearedAfterAResolutionOpenAPlayWhenTheyReturn() {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(15));
    String playId = playOf(accountId).getId();
    scenario.complete(playId, INVESTIGATE, scenario.task(playId, INVESTIGATE).getAssignee(), Map.of("recoveryPlan", "Call"));
    message(accountId, "C-1", "INBOUND", Duration.ofHours(1));

    message(accountId, "C-2", "OUTBOUND", Duration.ofDays(14));

    assertThat(playOf(accountId)).as("a new silence after they answered").isNotNull();
  }

  @Test
  void nodesRecheckingAtOnceHearEachAccountOnce() throws Exception {
    String accountId = customer();
    message(accountId, "C-1", "OUTBOUND", Duration.ofDays(13).plusHours(23));
    clock.advance(Duration.ofHours(2));

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(nodes.submit(() -> {
        go.await();
        return rechecks.recheckDue();
      }));
    }
    go.countDown();
    int heard = 0;
    for (Future<Integer> run : runs) {
      heard += run.get();
    }
    nodes.shutdown();

    assertThat(heard).isEqualTo(1);
    assertThat(rows(accountId, SIGNALS_CHANGED)).hasSize(2);
    assertThat(rows(accountId, RISK_PLAY_OPENED)).hasSize(1);
  }
}
