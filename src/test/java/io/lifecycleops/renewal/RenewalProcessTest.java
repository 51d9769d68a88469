package io.lifecycleops.renewal;

import static io.lifecycleops.ledger.LedgerEventType.*;
import static io.lifecycleops.renewal.RenewalProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.lifecycleops.account.Contracts;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.onboarding.ClosedWonEventHandler;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.renewal.RenewalProcess.Variables;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.EventSender;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** One scenario per path of renewal (LIFECYCLE.md 3.4), with the engine clock moved over months. */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:renewal-tests;DB_CLOSE_DELAY=-1")
public class RenewalProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired EventSender events;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AccountDirectory accounts;
  @Autowired Contracts contracts;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private String newAccount(String segment, double arr) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    events.send(ClosedWonEventHandler.TYPE, EventData.closedWon(accountId, segment, arr));
    return accountId;
  }

  private ProcessInstance renewalOf(String accountId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RenewalProcess.KEY).processInstanceBusinessKey(accountId)
        .active().singleResult();
  }

  private void health(String accountId, Map<String, Object> facts) {
    Map<String, Object> data = new LinkedHashMap<>(facts);
    data.put("accountId", accountId);
    events.send("account.health", data);
  }

  private String openWindow(String accountId) {
    String pi = renewalOf(accountId).getId();
    clock.set(Instant.parse("2027-08-02T00:00:00Z"));
    scenario.fireTimer(pi, WINDOW_OPENS); // the renewal-window timer, months after the close
    return pi;
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private static Map<String, Object> healthy() {
    return Map.of("usageTrend", "UP", "seatUtilization", 0.85, "openEscalations", 0, "ticketReopenCount", 0,
        "championChanged", false, "nps", 40);
  }

  @Test
  void closedWonStartsARenewalThatSleepsUntilTheWindowOpensByItsSegment() {
    String enterprise = newAccount("ENTERPRISE", 240000);
    String smb = newAccount("SMB", 9000);

    ProcessInstance renewal = renewalOf(enterprise);
    assertThat(renewal).isWaitingAt(WINDOW_OPENS);
    // 120 days before the end of term (30 Nov 2027) for enterprise, 60 for SMB.
    assertThat(scenario.timer(renewal.getId(), WINDOW_OPENS).getDuedate().toInstant()).isEqualTo(Instant.parse("2027-08-02T00:00:00Z"));
    assertThat(scenario.timer(renewalOf(smb).getId(), WINDOW_OPENS).getDuedate().toInstant()).isEqualTo(Instant.parse("2027-10-01T00:00:00Z"));
    assertThat(contracts.ofAccount(enterprise)).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(Contracts.Status.ACTIVE));
  }

  @Test
  void openWindowWithHealthyUsageIsACommitPreparedByAnAccountManager() {
    String accountId = newAccount("ENTERPRISE", 240000);
    health(accountId, healthy());

    String pi = openWindow(accountId);

    assertThat(renewalOf(accountId)).isWaitingAt(PREPARE_RENEWAL, OUTCOME_OR_END);
    assertThat(scenario.variable(pi, Variables.RISK.name())).isEqualTo("LOW");
    assertThat(scenario.variable(pi, Variables.FORECAST_CATEGORY.name())).isEqualTo("COMMIT");
    Task prepare = scenario.task(pi, PREPARE_RENEWAL);
    assertThat(groups(prepare)).containsExactly("account-managers");
    assertThat(identity.createUserQuery().memberOfGroup("account-managers").userId(prepare.getAssignee()).count()).isEqualTo(1);
    assertThat(scenario.task(pi, RUN_SAVE_PLAN)).isNull();
    assertThat(scenario.ledger(accountId, RENEWAL_FORECAST)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("risk", "LOW").containsEntry("forecastCategory", "COMMIT"));
    assertThat(accounts.byId(accountId).orElseThrow().stage()).isEqualTo("RENEWAL");
  }

  @Test
  void aCustomerWhoStopsAnsweringRaisesTheOpenRenewalsRisk() {
    String accountId = newAccount("ENTERPRISE", 240000);
    health(accountId, healthy());
    String pi = openWindow(accountId);
    assertThat(scenario.variable(pi, Variables.RISK.name())).isEqualTo("LOW");

    // Our CSM wrote 18 days ago; the customer never answered.
    events.send("conversation.message", Map.of("accountId", accountId, "conversationId", "C-" + accountId,
        "direction", "OUTBOUND", "from", "csm@lifecycleops.io", "at", "2027-07-15T09:00:00Z"));

    assertThat(scenario.variable(pi, Variables.RISK.name())).isEqualTo("MEDIUM");
    assertThat(scenario.variable(pi, "daysWithoutReply")).isEqualTo(17.62);   // whole hundredths, cut
    assertThat(scenario.ledger(accountId, RENEWAL_FORECAST).stream().map(e -> e.details().get("risk"))).containsExactly("LOW", "MEDIUM");
    assertThat(scenario.ledger(accountId, SIGNALS_CHANGED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("unansweredThreads", 1));
  }

  @Test
  void highRiskAddsASavePlanForTheCsManagers() {
    String accountId = newAccount("MID_MARKET", 60000);
    health(accountId, Map.of("openEscalations", 2, "seatUtilization", 0.8));

    String pi = openWindow(accountId);

    assertThat(scenario.variable(pi, Variables.FORECAST_CATEGORY.name())).isEqualTo("AT_RISK");
    assertThat(groups(scenario.task(pi, RUN_SAVE_PLAN))).containsExactly("cs-managers");
    assertThat(groups(scenario.task(pi, PREPARE_RENEWAL))).containsExactly("cs-commercial");
  }

  @Test
  void worseningHealthWhileTheRenewalIsOpenReassessesTheRiskAndStartsOneSavePlan() {
    String accountId = newAccount("ENTERPRISE", 240000);
    health(accountId, healthy());
    String pi = openWindow(accountId);

    health(accountId, Map.of("nps", -30, "seatUtilization", 0.8));
    health(accountId, Map.of("nps", -40, "seatUtilization", 0.8));

    assertThat(scenario.variable(pi, Variables.RISK.name())).isEqualTo("HIGH");
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(RUN_SAVE_PLAN).count()).isEqualTo(1);
    assertThat(scenario.ledger(accountId, RENEWAL_FORECAST).stream().map(e -> e.details().get("risk"))).containsExactly("LOW", "HIGH");
  }

  @Test
  void renewalWithUpliftRecordsRenewalAndExpansionRevenueAndTheNextTermStartsItsOwnRenewal() {
    String accountId = newAccount("ENTERPRISE", 240000);
    health(accountId, healthy());
    String pi = openWindow(accountId);
    String contractId = (String) scenario.variable(pi, Variables.CONTRACT_ID.name());

    events.send("renewal.closed", Map.of("accountId", accountId, "contractId", contractId, "outcome", "RENEWED",
        "renewedArr", 300000, "newTermEnd", "2028-11-30"));

    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("RENEWED");
    List<LedgerEntry> revenue = scenario.ledger(accountId, REVENUE);
    assertThat(revenue.stream().map(e -> e.details().get("kind") + " " + e.details().get("arr")))
        .containsExactly("NEW 240000.0", "RENEWAL 300000.0", "EXPANSION 60000.0");
    assertThat(revenue.get(1).details()).containsEntry("periodStart", "2027-12-01").containsEntry("periodEnd", "2028-11-30")
        .containsEntry("currency", "EUR");
    assertThat(contracts.byId(contractId).orElseThrow().status()).isEqualTo(Contracts.Status.RENEWED);
    ProcessInstance next = renewalOf(accountId);
    assertThat(next).isWaitingAt(WINDOW_OPENS);
    assertThat(scenario.variable(next.getId(), Variables.TERM_END.name())).isEqualTo("2028-11-30");
    assertThat(scenario.timer(next.getId(), WINDOW_OPENS).getDuedate().toInstant()).isEqualTo(Instant.parse("2028-08-02T00:00:00Z"));
  }

  @Test
  void downsellIsContraction() {
    String accountId = newAccount("ENTERPRISE", 240000);
    String pi = openWindow(accountId);

    events.send("renewal.closed", Map.of("accountId", accountId, "contractId", scenario.variable(pi, Variables.CONTRACT_ID.name()),
        "outcome", "RENEWED", "renewedArr", 200000, "newTermEnd", "2028-11-30"));

    assertThat(scenario.ledger(accountId, REVENUE).stream().map(e -> e.details().get("kind") + " " + e.details().get("arr")))
        .containsExactly("NEW 240000.0", "RENEWAL 200000.0", "CONTRACTION 40000.0");
  }

  @Test
  void churnRecordsTheLostArrWithItsReason() {
    String accountId = newAccount("SMB", 9000);
    String pi = openWindow(accountId);

    events.send("renewal.closed", Map.of("accountId", accountId, "contractId", scenario.variable(pi, Variables.CONTRACT_ID.name()),
        "outcome", "CHURNED", "reason", "COMPETITOR"));

    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("CHURNED");
    assertThat(scenario.ledger(accountId, REVENUE).get(1).details()).containsEntry("kind", "CHURN")
        .containsEntry("arr", 9000.0).containsEntry("reason", "COMPETITOR");
    assertThat(accounts.byId(accountId).orElseThrow().stage()).isEqualTo("CHURNED");
    assertThat(renewalOf(accountId)).as("no next term").isNull();
  }

  @Test
  void theCsmCanRecordTheOutcomeInPrepareRenewal() {
    String accountId = newAccount("MID_MARKET", 60000);
    String pi = openWindow(accountId);
    Task prepare = scenario.task(pi, PREPARE_RENEWAL);

    scenario.complete(pi, PREPARE_RENEWAL, prepare.getAssignee(),
        Map.of(Variables.OUTCOME.name(), "RENEWED", Variables.RENEWED_ARR.name(), 60000, Variables.NEW_TERM_END.name(), "2028-11-30"));

    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("RENEWED");
    assertThat(scenario.ledger(accountId, REVENUE).stream().map(e -> e.details().get("kind"))).containsExactly("NEW", "RENEWAL");
  }

  @Test
  void contractEndWithoutAnOutcomeEscalatesRenewalOverdueToTheCsDirectors() {
    String accountId = newAccount("ENTERPRISE", 240000);
    String pi = openWindow(accountId);

    assertThat(scenario.timer(pi, CONTRACT_END_PASSED).getDuedate().toInstant()).isEqualTo(Instant.parse("2027-12-01T00:00:00Z"));
    clock.set(Instant.parse("2027-12-01T00:00:00Z"));
    scenario.fireTimer(pi, CONTRACT_END_PASSED); // the contract-end timer

    Task overdue = scenario.task(pi, HANDLE_OVERDUE);
    assertThat(groups(overdue)).containsExactly("cs-directors");
    scenario.complete(pi, HANDLE_OVERDUE, "diana", Map.of(Variables.OUTCOME.name(), "CHURNED", Variables.CHURN_REASON.name(), "NO_ADOPTION",
        "overdueNotes", "Customer went silent after the price increase"));
    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("CHURNED");
  }

  @Test
  void aSleepingRenewalMigratesToANewModelVersionAndWakesUpThere() throws Exception {
    String accountId = newAccount("ENTERPRISE", 240000);
    ProcessInstance sleeping = renewalOf(accountId);
    ProcessDefinition v1 = repository.getProcessDefinition(sleeping.getProcessDefinitionId());
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/renewal.bpmn")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("camunda:versionTag=\"1\"", "camunda:versionTag=\"2\"");
    }
    String deployment = repository.createDeployment().name("renewal v2").addString("renewal.bpmn", xml).deploy().getId();
    try {
      ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(RenewalProcess.KEY).latestVersion().singleResult();
      assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());

      MigrationPlan plan = runtime.createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().updateEventTriggers().build();
      runtime.newMigration(plan).processInstanceIds(sleeping.getId()).execute();

      ProcessInstance migrated = renewalOf(accountId);
      assertThat(migrated.getProcessDefinitionId()).isEqualTo(v2.getId());
      assertThat(migrated).isWaitingAt(WINDOW_OPENS);
      openWindow(accountId);
      assertThat(renewalOf(accountId)).isWaitingAt(PREPARE_RENEWAL);
    } finally {
      runtime.createProcessInstanceQuery().processDefinitionKey(RenewalProcess.KEY).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test finished", true));
      repository.deleteDeployment(deployment, true);
    }
  }
}
