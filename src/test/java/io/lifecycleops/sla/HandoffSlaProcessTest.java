package io.lifecycleops.sla;

import static io.lifecycleops.sla.HandoffElements.resolveBreach;
import static io.lifecycleops.sla.HandoffElements.resolveSecondLevel;
import static io.lifecycleops.sla.HandoffElements.slaBreached;
import static io.lifecycleops.sla.HandoffElements.slaSecondLevel;
import static io.lifecycleops.sla.HandoffElements.slaWarning;
import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.lead.LeadToOpportunityProcess.Variables;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Handoffs on business time: deadlines and escalations at business-time instants, a clock that
 * starts at the next opening, pauses that move every deadline, recomputation under a new policy, and
 * the manager's escalation actions.
 */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sla-tests;DB_CLOSE_DELAY=-1")
class HandoffSlaProcessTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired HandoffSlaAdjustments adjustments;
  @Autowired SlaRecomputation recomputation;
  @Autowired SlaRecomputations runs;
  @Autowired ExtensionsFromLedger extensionsFromLedger;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventIntake intake;
  @Autowired ObjectMapper json;

  static Instant berlin(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  private String hotEmeaLead(String leadId) {
    return leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
  }

  private Instant due(String pi, String boundary) {
    return leads.timer(pi, boundary).getDuedate().toInstant();
  }

  @Test
  void hotLeadArrivingFridayAfternoonIsDueMondayMorningAndEscalatesOnBusinessTime() {
    clock.set(berlin(12, 4, 16, 30));
    String leadId = ProcessScenario.newLeadId();
    String pi = hotEmeaLead(leadId);

    // One business hour: 30 minutes on Friday, 30 on Monday. Warning at 75% = 45 business minutes.
    assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(12, 7, 9, 30));
    assertThat(due(pi, slaWarning(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 9, 15));
    assertThat(due(pi, slaBreached(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 9, 30));
    assertThat(due(pi, slaSecondLevel(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 10, 30));

    clock.set(berlin(12, 7, 9, 15));
    leads.fireTimer(pi, slaWarning(QUALIFY_LEAD)); // the warning timer, at its due date
    clock.set(berlin(12, 7, 9, 31));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD)); // the breach timer, a minute after the due date
    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD)).getDueDate().toInstant())
        .as("the manager should answer before it goes over their head").isEqualTo(berlin(12, 7, 10, 30));
    clock.set(berlin(12, 7, 10, 31));
    leads.fireTimer(pi, slaSecondLevel(QUALIFY_LEAD)); // the second-level timer, a minute late

    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD))).isNotNull();
    assertThat(leads.task(pi, resolveSecondLevel(QUALIFY_LEAD)).getDueDate().toInstant())
        .as("the last level is due at once").isEqualTo(berlin(12, 7, 10, 31));
    assertThat(leads.ledger(leadId, SLA_BREACHED).get(0).details()).containsEntry("businessMinutesLate", 1);
    assertThat(leads.ledger(leadId, SLA_STARTED).get(0).details()).containsEntry("calendar", "EMEA");
  }

  @Test
  void leadArrivingAtNightStartsItsClockAtTheNextOpening() {
    clock.set(berlin(11, 30, 6, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = hotEmeaLead(leadId);

    assertThat(leads.ledger(leadId, SLA_STARTED).get(0).details())
        .containsEntry("startedAt", berlin(11, 30, 9, 0).toString())
        .containsEntry("dueAt", berlin(11, 30, 10, 0).toString());
    assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(11, 30, 10, 0));
  }

  @Test
  void waitingOnTheCustomerOverAWeekendMovesEveryDeadlineByThePausedBusinessTime() {
    clock.set(berlin(12, 4, 16, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = hotEmeaLead(leadId);
    Task task = leads.task(pi, QUALIFY_LEAD);
    assertThat(task.getDueDate().toInstant()).isEqualTo(berlin(12, 4, 17, 0));

    clock.set(berlin(12, 4, 16, 30));
    adjustments.pause(adjustments.find(task.getId()).orElseThrow(), "asked the prospect for their headcount");
    assertThat(management.createJobQuery().processInstanceId(pi).suspended().count())
        .as("no warning or escalation while the customer has the ball").isEqualTo(3);

    // The customer replies on Monday at 10:00: 30 business minutes on Friday + 60 on Monday were paused.
    clock.set(berlin(12, 7, 10, 0));
    replied(leadId);

    Task resumed = leads.task(pi, QUALIFY_LEAD);
    assertThat(resumed.getDueDate().toInstant()).isEqualTo(berlin(12, 7, 10, 30));
    assertThat(due(pi, slaBreached(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 10, 30));
    assertThat(due(pi, slaWarning(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 10, 15));
    assertThat(due(pi, slaSecondLevel(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 11, 30));
    assertThat(management.createJobQuery().processInstanceId(pi).active().count()).isEqualTo(3);
    assertThat(leads.ledger(leadId, SLA_PAUSED).get(0).details()).containsEntry("reason", "asked the prospect for their headcount");
    assertThat(leads.ledger(leadId, SLA_RESUMED).get(0).details()).containsEntry("pausedBusinessMinutes", 90);

    clock.set(berlin(12, 7, 10, 20));
    leads.complete(pi, QUALIFY_LEAD, resumed.getAssignee(), Map.of(Variables.QUALIFICATION_OUTCOME.name(), "RECYCLE",
        Variables.RECYCLE_REASON.name(), "NOT_NOW"));
    // Open 60 business minutes on Friday and 80 on Monday, 90 of them paused.
    assertThat(leads.ledger(leadId, SLA_MET).get(0).details()).containsEntry("elapsedBusinessMinutes", 50);
  }

  @Test
  void anOpenBreachEscalationMovesWithTheSecondLevelWhenTheSlaIsRecomputed() throws IOException {
    clock.set(berlin(11, 30, 10, 0));
    String pi = hotEmeaLead(ProcessScenario.newLeadId());
    clock.set(berlin(11, 30, 11, 1));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD)); // the breach timer, a minute late
    Instant before = leads.task(pi, resolveBreach(QUALIFY_LEAD)).getDueDate().toInstant();
    assertThat(before).isEqualTo(due(pi, slaSecondLevel(QUALIFY_LEAD)));
    String deployment = deployHandoffSlaWithHotLeadsIn("PT30M");
    try {
      assertThat(recomputed().changed()).isEqualTo(1);

      Instant secondLevel = due(pi, slaSecondLevel(QUALIFY_LEAD));
      assertThat(secondLevel).as("the shorter SLA moves the second level").isBefore(before);
      assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD)).getDueDate().toInstant()).isEqualTo(secondLevel);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void anOpenBreachEscalationMovesWithTheSecondLevelWhenTheCustomerHadTheBall() {
    clock.set(berlin(12, 7, 9, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = hotEmeaLead(leadId);
    clock.set(berlin(12, 7, 10, 1));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD)); // the breach timer, a minute late
    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD)).getDueDate().toInstant()).isEqualTo(berlin(12, 7, 11, 0));

    Task task = leads.task(pi, QUALIFY_LEAD);
    adjustments.pause(adjustments.find(task.getId()).orElseThrow(), "waiting for the prospect's answer");
    clock.set(berlin(12, 7, 11, 1));
    replied(leadId); // 60 business minutes paused

    assertThat(due(pi, slaSecondLevel(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 12, 0));
    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD)).getDueDate().toInstant())
        .as("the escalation is due when the moved second level fires").isEqualTo(berlin(12, 7, 12, 0));
  }

  private void replied(String leadId) {
    assertThat(intake.accept(CloudEvents.from("test/inbox", "lead.customer_replied", Map.of("leadId", leadId))).status()).isEqualTo(EventStatus.RESUMED);
  }

  @Test
  void pausingTwiceOrResumingARunningClockIsRefused() {
    clock.set(berlin(11, 30, 10, 0));
    String pi = hotEmeaLead(ProcessScenario.newLeadId());
    var open = adjustments.find(leads.task(pi, QUALIFY_LEAD).getId()).orElseThrow();

    assertThatThrownBy(() -> adjustments.resume(open)).isInstanceOf(SlaStateException.class);
    adjustments.pause(open, "waiting");
    var paused = adjustments.find(open.task().getId()).orElseThrow();
    assertThatThrownBy(() -> adjustments.pause(paused, "again")).isInstanceOf(SlaStateException.class);
  }

  @Test
  void recomputeListsThenAppliesANewPolicyToOpenHandoffsAndNewLeadsGetItAtOnce() throws IOException {
    clock.set(berlin(11, 30, 10, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = hotEmeaLead(leadId);
    String taskId = leads.task(pi, QUALIFY_LEAD).getId();
    String deployment = deployHandoffSlaWithHotLeadsIn("PT30M");
    try {
      SlaRecomputation.Summary dryRun = recomputation.dryRun(2, 100, 2);
      assertThat(dryRun.count()).isEqualTo(1);
      assertThat(dryRun.changes()).singleElement().satisfies(change -> {
        assertThat(change.taskId()).isEqualTo(taskId);
        assertThat(change.subject()).isEqualTo(leadId);
        assertThat(change.oldDueAt()).isEqualTo(berlin(11, 30, 11, 0));
        assertThat(change.newDueAt()).isEqualTo(berlin(11, 30, 10, 30));
      });
      assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).as("a dry run changes nothing").isEqualTo(berlin(11, 30, 11, 0));

      SlaRecomputations.Run run = recomputed();

      assertThat(run.status()).isEqualTo(SlaRecomputations.Status.DONE);
      assertThat(run.changed()).isEqualTo(1);
      assertThat(run.handoffs()).isEqualTo(dryRun.handoffs());
      assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(11, 30, 10, 30));
      assertThat(due(pi, slaBreached(QUALIFY_LEAD))).isEqualTo(berlin(11, 30, 10, 30));
      assertThat(leads.ledger(leadId, SLA_ADJUSTED)).singleElement().satisfies(e -> {
        assertThat(e.details()).containsEntry("dueAt", berlin(11, 30, 10, 30).toString());
        assertThat(e.details()).containsEntry("recomputation", run.id());
        assertThat(e.actor()).isEqualTo("demo");
      });
      assertThat(recomputation.dryRun(2, 100, 2).count()).as("nothing left to change").isZero();

      String next = hotEmeaLead(ProcessScenario.newLeadId());
      assertThat(leads.task(next, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(11, 30, 10, 30));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void recomputeKeepsTheCustomersPausesAndTheManagersExtensions() throws IOException {
    clock.set(berlin(11, 30, 10, 0));
    String pi = hotEmeaLead(ProcessScenario.newLeadId());
    String taskId = leads.task(pi, QUALIFY_LEAD).getId();
    clock.set(berlin(11, 30, 10, 10));
    adjustments.pause(adjustments.find(taskId).orElseThrow(), "waiting for the prospect's answer");
    clock.set(berlin(11, 30, 10, 40).plusSeconds(25));
    adjustments.resume(adjustments.find(taskId).orElseThrow());
    adjustments.extend(adjustments.find(taskId).orElseThrow(), "PT1H", "the champion is travelling");
    assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).as("1 h, 30 min paused, 1 h more").isEqualTo(berlin(11, 30, 12, 30));
    assertThat(recomputation.dryRun(10, 10, 2).count()).as("the same table gives the same deadlines").isZero();

    String deployment = deployHandoffSlaWithHotLeadsIn("PT30M");
    try {
      assertThat(recomputed().changed()).isEqualTo(1);

      assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(11, 30, 12, 0));
      assertThat(due(pi, slaBreached(QUALIFY_LEAD))).isEqualTo(berlin(11, 30, 12, 0));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void anExtensionGivenBeforeClocksRememberedThemIsRestoredFromTheLedgerAndSurvivesARecompute() throws Exception {
    clock.set(berlin(11, 30, 10, 0));
    String pi = hotEmeaLead(ProcessScenario.newLeadId());
    Task task = leads.task(pi, QUALIFY_LEAD);
    adjustments.extend(adjustments.find(task.getId()).orElseThrow(), "PT2H", "the champion is travelling");
    // What an extension given before this release left: the deadlines moved, the clock not told.
    runtime.removeVariableLocal(task.getExecutionId(), "slaExtendedMinutes");

    assertThat(extensionsFromLedger.restore()).isEqualTo(1);
    assertThat(runtime.getVariableLocal(task.getExecutionId(), "slaExtendedMinutes")).isEqualTo(120L);
    assertThat(extensionsFromLedger.restore()).as("a second run changes nothing").isZero();

    String deployment = deployHandoffSlaWithHotLeadsIn("PT30M");
    try {
      recomputed();
      assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).as("30 min and the 2 h given")
          .isEqualTo(berlin(11, 30, 12, 30));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aRunWhoseNodeStoppedIsTakenOverFromItsLastBatchAndChangesEachHandoffOnce() throws IOException {
    clock.set(berlin(11, 30, 10, 0));
    List<String> leadIds = List.of(ProcessScenario.newLeadId(), ProcessScenario.newLeadId(), ProcessScenario.newLeadId(),
        ProcessScenario.newLeadId(), ProcessScenario.newLeadId());
    List<String> pis = leadIds.stream().map(this::hotEmeaLead).toList();
    List<String> taskIds = pis.stream().map(pi -> leads.task(pi, QUALIFY_LEAD).getId()).sorted().toList();
    String deployment = deployHandoffSlaWithHotLeadsIn("PT30M");
    try {
      // A run whose node died after the batch that ended at the second of these handoffs: its lease ran out.
      String runId = "run-of-a-stopped-node";
      jdbc.update("insert into sla_recomputation (id, requested_by, requested_at, status, running, after_task_id, owner,"
          + " lease_until, batches) values (?, 'demo', ?, 'RUNNING', 'Y', ?, 'a node that stopped', ?, 1)", runId,
          Timestamp.from(clock.instant()), taskIds.get(1), Timestamp.from(clock.instant().minusSeconds(1)));
      assertThatThrownBy(() -> runs.start("demo")).as("one run at a time").isInstanceOf(SlaStateException.class)
          .hasMessageContaining(runId);

      runs.resumeAbandoned();
      SlaRecomputations.Run run = finished(runId);

      assertThat(run.status()).isEqualTo(SlaRecomputations.Status.DONE);
      assertThat(run.changed()).as("the handoffs after where it stopped").isEqualTo(3);
      for (String taskId : taskIds) {
        Instant due = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();
        assertThat(due).isEqualTo(taskIds.indexOf(taskId) <= 1 ? berlin(11, 30, 11, 0) : berlin(11, 30, 10, 30));
      }
      assertThat(leadIds.stream().mapToInt(id -> leads.ledger(id, SLA_ADJUSTED).size()).sum()).isEqualTo(3);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aCancelledRunStopsAndLetsTheNextOneStartAndAFinishedRunCannotBeResumed() {
    // A run another node is working on (its lease holds), so nothing here drives it.
    String runId = "run-on-another-node";
    jdbc.update("insert into sla_recomputation (id, requested_by, requested_at, status, running, owner, lease_until)"
        + " values (?, 'demo', ?, 'RUNNING', 'Y', 'another node', ?)", runId, Timestamp.from(clock.instant()),
        Timestamp.from(clock.instant().plusSeconds(600)));

    SlaRecomputations.Run cancelled = runs.cancel(runId);

    assertThat(cancelled.status()).isEqualTo(SlaRecomputations.Status.CANCELLED);
    assertThat(cancelled.finishedAt()).isNotNull();
    assertThatThrownBy(() -> runs.cancel(runId)).isInstanceOf(SlaStateException.class).hasMessageContaining("cancelled");
    SlaRecomputations.Run next = finished(runs.start("demo").id());
    assertThat(next.status()).as("the cancelled run no longer blocks a new one").isEqualTo(SlaRecomputations.Status.DONE);
    assertThatThrownBy(() -> runs.resume(next.id())).isInstanceOf(SlaStateException.class).hasMessageContaining("done");
  }

  /** Starts a recompute run as an admin would and waits for it to finish. */
  private SlaRecomputations.Run recomputed() {
    return finished(runs.start("demo").id());
  }

  private SlaRecomputations.Run finished(String runId) {
    return await().atMost(Duration.ofSeconds(30))
        .until(() -> runs.find(runId).orElseThrow(), run -> run.status() != SlaRecomputations.Status.RUNNING);
  }

  private String deployHandoffSlaWithHotLeadsIn(String sla) throws IOException {
    String table;
    try (InputStream in = getClass().getResourceAsStream("/handoff-sla.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(table).as("the HOT row's SLA literal").contains("<text>\"PT1H\"</text>");
    String edited = table.replaceFirst("<text>\"PT1H\"</text>", "<text>\"" + sla + "\"</text>");
    return repository.createDeployment().name("designer edit").addString("handoff-sla.dmn", edited).deploy().getId();
  }

  private String breachedLead(String leadId) {
    clock.set(berlin(11, 30, 10, 0));
    String pi = hotEmeaLead(leadId);
    clock.set(berlin(11, 30, 11, 1));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD));
    return pi;
  }

  private Map<String, Object> resolution(String resolution, Object... more) {
    Map<String, Object> form = new HashMap<>();
    form.put("escalationResolution", resolution);
    form.put("escalationNotes", "resolved in test");
    for (int i = 0; i < more.length; i += 2) {
      form.put((String) more[i], more[i + 1]);
    }
    return form;
  }

  @Test
  void managerReassignsTheLateHandoffWhichKeepsItsDueDate() {
    String leadId = ProcessScenario.newLeadId();
    String pi = breachedLead(leadId);
    Task before = leads.task(pi, QUALIFY_LEAD);
    String other = List.of("elias", "emma", "eva").stream().filter(u -> !u.equals(before.getAssignee())).findFirst().orElseThrow();

    leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia", resolution("REASSIGNED", "reassignTo", other));

    Task after = leads.task(pi, QUALIFY_LEAD);
    assertThat(after.getAssignee()).isEqualTo(other);
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(leads.ledger(leadId, ESCALATION_RESOLVED).get(0).details())
        .containsEntry("resolution", "REASSIGNED").containsEntry("assignedTo", other);
  }

  @Test
  void reassigningToSomeoneWhoDoesNotExistIsRefused() {
    String pi = breachedLead(ProcessScenario.newLeadId());

    assertThatThrownBy(() -> leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia", resolution("REASSIGNED", "reassignTo", "nobody")))
        .hasMessageContaining("reassignTo");
    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD))).as("the escalation stays open").isNotNull();
  }

  @Test
  void reassigningToSomeoneOutsideTheTeamIsRefusedAndSaysWhy() {
    String pi = breachedLead(ProcessScenario.newLeadId());
    String holder = leads.task(pi, QUALIFY_LEAD).getAssignee();

    // amy is an AMER SDR: she could not see an EMEA lead's task.
    assertThatThrownBy(() -> leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia", resolution("REASSIGNED", "reassignTo", "amy")))
        .hasMessageContaining("amy").hasMessageContaining("sdr-emea");
    assertThat(leads.task(pi, QUALIFY_LEAD).getAssignee()).isEqualTo(holder);
    assertThat(leads.task(pi, resolveBreach(QUALIFY_LEAD))).as("the escalation stays open").isNotNull();
  }

  @Test
  void managerTakesTheHandoffOver() {
    String pi = breachedLead(ProcessScenario.newLeadId());

    leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia", resolution("TOOK_OVER"));

    assertThat(leads.task(pi, QUALIFY_LEAD).getAssignee()).isEqualTo("sofia");
  }

  @Test
  void managerExtendsTheSlaByABusinessDayWithAReason() {
    String leadId = ProcessScenario.newLeadId();
    String pi = breachedLead(leadId);

    leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia", resolution("EXTENDED", "extendBy", "P1D"));

    // Due Monday 11:00 + one business day = Tuesday 11:00; the second level moves along.
    assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant()).isEqualTo(berlin(12, 1, 11, 0));
    assertThat(due(pi, slaSecondLevel(QUALIFY_LEAD))).isEqualTo(berlin(12, 1, 12, 0));
    LedgerEntry adjusted = leads.ledger(leadId, SLA_ADJUSTED).get(0);
    assertThat(adjusted.details()).containsEntry("extension", "P1D").containsEntry("reason", "resolved in test");
    assertThat(adjusted.actor()).isEqualTo("sofia");
  }

  @Test
  void modelsCanAskTheEngineForBusinessTimeDirectly() {
    clock.set(berlin(12, 4, 15, 0));
    BpmnModelInstance model = Bpmn.createExecutableProcess("business-time-probe").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_Probe").camundaDueDate("business:EMEA:PT4H").endEvent().done();
    String deployment = repository.createDeployment().addModelInstance("business-time-probe.bpmn", model).deploy().getId();
    try {
      String pi = runtime.startProcessInstanceByKey("business-time-probe").getId();
      // Friday 15:00 + 4 business hours = Monday 11:00.
      assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getDueDate().toInstant()).isEqualTo(berlin(12, 7, 11, 0));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
