package io.lifecycleops.sla;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;
import static io.lifecycleops.ledger.LedgerEventType.ESCALATION_RAISED;
import static io.lifecycleops.ledger.LedgerEventType.SLA_BREACHED;
import static io.lifecycleops.sla.HandoffSlaProcessTest.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.lead.LeadToOpportunityProcess;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.TestClock;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Instances started on a model version from before handoffs were one element keep working: their boundary timers
 * fire, their escalation paths run, and pausing their SLA moves those timers. (The lead model as it was in 2026-11,
 * naming breachAt and lead-routing, is deployed as the latest version for the length of each test.) An operator
 * may instead migrate them to the one-element handoff with Camunda's migration API; their deadlines stay.
 */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sla-tests;DB_CLOSE_DELAY=-1")
class OlderModelVersionsTest {

  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired HandoffSlaAdjustments adjustments;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private String deployment;

  @BeforeEach
  void deployTheModelWithBoundaryTimers() {
    // Stored as .bpmn.xml so the application does not deploy it at start; deployed under the name it had.
    deployment = repository.createDeployment().name("lead-to-opportunity as of 2026-11")
        .addInputStream("lead-to-opportunity.bpmn", getClass().getResourceAsStream("/models/lead-to-opportunity-2026-11.bpmn.xml"))
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  private Instant due(String pi, String boundary) {
    Job timer = management.createJobQuery().processInstanceId(pi).activityId(boundary).singleResult();
    return timer.getDuedate().toInstant();
  }

  @Test
  void theBoundaryTimersOfAnOlderVersionStillEscalate() {
    clock.set(berlin(12, 4, 16, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(LeadToOpportunityProcess.KEY).latestVersion()
        .singleResult().getDeploymentId()).isEqualTo(deployment);
    Instant secondLevelAt = due(pi, HandoffElements.slaSecondLevel(QUALIFY_LEAD));

    clock.set(berlin(12, 4, 17, 1));
    management.executeJob(management.createJobQuery().processInstanceId(pi)
        .activityId(HandoffElements.slaBreached(QUALIFY_LEAD)).singleResult().getId());

    Task escalation = leads.task(pi, HandoffElements.resolveBreach(QUALIFY_LEAD));
    assertThat(escalation.getName()).startsWith("Resolve SLA breach — Qualify lead");
    assertThat(escalation.getDueDate().toInstant()).isEqualTo(secondLevelAt);
    assertThat(leads.ledger(leadId, SLA_BREACHED)).hasSize(1);
    assertThat(leads.ledger(leadId, ESCALATION_RAISED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("level", 1).containsEntry("group", "sdr-managers"));
  }

  @Test
  void pausingAnOlderVersionsHandoffMovesItsBoundaryTimers() {
    clock.set(berlin(12, 4, 16, 0));
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    Task task = leads.task(pi, QUALIFY_LEAD);

    clock.set(berlin(12, 4, 16, 30));
    adjustments.pause(adjustments.find(task.getId()).orElseThrow(), "asked for the headcount");
    clock.set(berlin(12, 7, 10, 0));
    adjustments.resume(adjustments.find(task.getId()).orElseThrow());

    // 30 business minutes on Friday and 60 on Monday were paused.
    assertThat(due(pi, HandoffElements.slaWarning(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 10, 15));
    assertThat(due(pi, HandoffElements.slaBreached(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 10, 30));
    assertThat(due(pi, HandoffElements.slaSecondLevel(QUALIFY_LEAD))).isEqualTo(berlin(12, 7, 11, 30));
  }

  @Test
  void aHandoffWaitingOnAnOlderVersionMigratesToTheOneElementHandoffWithTheSameDeadlines() {
    clock.set(berlin(12, 4, 16, 0));
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    Instant warningAt = due(pi, HandoffElements.slaWarning(QUALIFY_LEAD));
    Instant dueAt = due(pi, HandoffElements.slaBreached(QUALIFY_LEAD));
    Instant secondLevelAt = due(pi, HandoffElements.slaSecondLevel(QUALIFY_LEAD));
    var versions = repository.createProcessDefinitionQuery().processDefinitionKey(LeadToOpportunityProcess.KEY)
        .orderByProcessDefinitionVersion().desc().list();
    String older = versions.get(0).getId();
    String oneElement = versions.get(1).getId();

    // What an operator runs (docs/operations.md): same activities mapped, boundary timers dropped, timeouts created.
    var plan = runtime.createMigrationPlan(older, oneElement).mapEqualActivities().build();
    runtime.newMigration(plan).processInstanceIds(pi).execute();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId()).isEqualTo(oneElement);
    assertThat(management.createJobQuery().processInstanceId(pi).list()).extracting(job -> management.createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()).containsOnly(QUALIFY_LEAD).hasSize(3);
    assertThat(SlaTimers.of(management, pi, QUALIFY_LEAD, SlaTimers.WARNING).getDuedate().toInstant()).isEqualTo(warningAt);
    assertThat(SlaTimers.of(management, pi, QUALIFY_LEAD, SlaTimers.BREACH).getDuedate().toInstant()).isEqualTo(dueAt);
    assertThat(SlaTimers.of(management, pi, QUALIFY_LEAD, SlaTimers.SECOND_LEVEL).getDuedate().toInstant()).isEqualTo(secondLevelAt);

    clock.set(berlin(12, 4, 17, 1));
    SlaTimers.fire(management, pi, QUALIFY_LEAD, SlaTimers.BREACH);
    assertThat(SlaTimers.escalation(tasks, runtime, pi, 1).getDueDate().toInstant()).isEqualTo(secondLevelAt);
    assertThat(leads.ledger(leadId, SLA_BREACHED)).hasSize(1);
  }
}
