package io.lifecycleops.lead;

import static io.lifecycleops.sla.HandoffElements.resolveBreach;
import static io.lifecycleops.sla.HandoffElements.resolveSecondLevel;
import static io.lifecycleops.sla.HandoffElements.slaBreached;
import static io.lifecycleops.sla.HandoffElements.slaSecondLevel;
import static io.lifecycleops.sla.HandoffElements.slaWarning;
import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static io.lifecycleops.ledger.LedgerEventType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.lead.LeadToOpportunityProcess.Variables;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
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

/** One scenario per path of lead-to-opportunity (LIFECYCLE.md 3.1). */
@ProcessTest
class LeadToOpportunityProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;
  @Autowired AccountDirectory accounts;
  @Autowired Opportunities opportunities;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
    // Inside EMEA business hours, so a HOT lead's one business hour is one hour of the clock.
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static Map<String, Object> qualified() {
    return ProcessScenario.qualified();
  }

  private static Map<String, Object> form(Object... pairs) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i].toString(), pairs[i + 1]);  // a variable (ProcessVariable) or its name
    }
    return form;
  }

  private String qualifyAndHandOff(String leadId) {
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    String sdr = leads.task(pi, QUALIFY_LEAD).getAssignee();
    leads.complete(pi, QUALIFY_LEAD, sdr, qualified());
    return pi;
  }

  private static List<String> candidateGroups(TaskService tasks, Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  @Test
  void hotEnterpriseLeadFromGermanyWaitsForTheEmeaSdrQueueWithAOneHourSla() {
    String leadId = ProcessScenario.newLeadId();
    Instant start = clock.instant();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD).hasPassedInOrder(START, MATCH_ACCOUNT, DETERMINE_SEGMENT, DETERMINE_REGION, SCORE_FIT, PRIORITIZE);
    assertThat(instance(pi)).variables()
        .containsEntry(Variables.SEGMENT.name(), "ENTERPRISE")
        .containsEntry(Variables.REGION.name(), "EMEA")
        .containsEntry(Variables.FIT_TIER.name(), "A")
        .containsEntry(Variables.PRIORITY.name(), "HOT");
    Task task = leads.task(pi, QUALIFY_LEAD);
    assertThat(task.getName()).isEqualTo("Qualify lead — Northwind Logistics " + leadId + " (HOT)");
    assertThat(candidateGroups(tasks, task)).containsExactly("sdr-emea");
    assertThat(identity.createUserQuery().memberOfGroup("sdr-emea").userId(task.getAssignee()).count()).isEqualTo(1);
    assertThat(task.getDueDate().toInstant()).isEqualTo(start.plus(Duration.ofHours(1)));
    assertThat(task.getPriority()).isEqualTo(90);
    // Warning at 75% of the SLA, breach at 100%, second level one hour after the breach.
    assertThat(leads.timer(pi, slaWarning(QUALIFY_LEAD)).getDuedate().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(45)));
    assertThat(leads.timer(pi, slaBreached(QUALIFY_LEAD)).getDuedate().toInstant()).isEqualTo(start.plus(Duration.ofHours(1)));
    assertThat(leads.timer(pi, slaSecondLevel(QUALIFY_LEAD)).getDuedate().toInstant()).isEqualTo(start.plus(Duration.ofHours(2)));
    assertThat(leads.ledgerTypes(leadId)).containsExactly(STAGE_ENTERED, LEAD_SCORED, HANDOFF_SENT, SLA_STARTED);
    assertThat(leads.ledger(leadId, LEAD_SCORED).get(0).details()).containsEntry("segment", "ENTERPRISE")
        .containsEntry("region", "EMEA").containsEntry("priority", "HOT").containsKeys("source", "fitTier");
    assertThat(leads.ledger(leadId, HANDOFF_SENT).get(0).details())
        .containsEntry("group", "sdr-emea")
        .containsEntry("assignee", task.getAssignee());
  }

  @Test
  void coldSmallLeadFromTheUsGetsTwoBusinessDaysInNewYorkHours() {
    String leadId = ProcessScenario.newLeadId();
    Map<String, Object> data = ProcessScenario.hotEnterpriseLead(leadId);
    data.put(Variables.EMPLOYEES.name(), 20);
    data.put(Variables.ANNUAL_REVENUE.name(), 1_000_000);
    data.put(Variables.INDUSTRY.name(), "Retail");
    data.put(Variables.COUNTRY.name(), "US");
    data.put(Variables.ENGAGEMENT_SCORE.name(), 10);
    Instant start = clock.instant();
    String pi = leads.mql(data);

    Task task = leads.task(pi, QUALIFY_LEAD);
    assertThat(task.getName()).endsWith("(COLD)");
    assertThat(candidateGroups(tasks, task)).containsExactly("sdr-amer");
    // 04:00 in New York: the clock starts at 09:00 there and runs two 8-hour working days.
    assertThat(leads.task(pi, QUALIFY_LEAD).getDueDate().toInstant())
        .isEqualTo(java.time.ZonedDateTime.of(2026, 12, 1, 17, 0, 0, 0, java.time.ZoneId.of("America/New_York")).toInstant());
    assertThat(start).isEqualTo(TestClock.MONDAY_10_BERLIN);
  }

  @Test
  void leadOfAnAccountWithAnOwnerGoesStraightToThatOwner() {
    String domain = "owned-" + ProcessScenario.newLeadId().toLowerCase() + ".example.com";
    String accountId = accounts.matchOrCreate(domain, "Contoso").id();
    assertThat(accounts.claimIfUnowned(accountId, "olivia")).isTrue();
    String leadId = ProcessScenario.newLeadId();
    Map<String, Object> data = ProcessScenario.hotEnterpriseLead(leadId);
    data.put(Variables.EMAIL.name(), "ceo@" + domain);

    String pi = leads.mql(data);

    assertThat(instance(pi)).isWaitingAt(ACCEPT_HANDOFF).hasNotPassed(QUALIFY_LEAD);
    Task task = leads.task(pi, ACCEPT_HANDOFF);
    assertThat(task.getAssignee()).isEqualTo("olivia");
    assertThat(leads.variable(pi, Variables.ACCOUNT_ID.name())).isEqualTo(accountId);
    assertThat(leads.ledger(leadId, HANDOFF_SENT).get(0).details())
        .containsEntry("assignment", "ACCOUNT_OWNER")
        .containsEntry("assignee", "olivia");
  }

  @Test
  void qualifiedLeadAcceptedByTheAeBecomesAnOpportunityInDiscovery() {
    String leadId = ProcessScenario.newLeadId();
    String pi = qualifyAndHandOff(leadId);

    assertThat(instance(pi)).isWaitingAt(ACCEPT_HANDOFF).hasPassed(CHECK_EXIT_CRITERIA);
    Task accept = leads.task(pi, ACCEPT_HANDOFF);
    assertThat(candidateGroups(tasks, accept)).containsExactly("ae-enterprise");
    // One business day in Berlin from Monday 10:00 is Tuesday 10:00.
    assertThat(accept.getDueDate().toInstant()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
    String ae = accept.getAssignee();
    assertThat(identity.createUserQuery().memberOfGroup("ae-enterprise").userId(ae).count()).isEqualTo(1);

    leads.complete(pi, ACCEPT_HANDOFF, ae, form(Variables.HANDOFF_DECISION, "ACCEPT"));

    assertThat(instance(pi)).isNull();
    String opportunityId = (String) leads.variableFromHistory(pi, Variables.OPPORTUNITY_ID.name());
    Opportunities.Opportunity opportunity = opportunities.byId(opportunityId).orElseThrow();
    assertThat(opportunity.stage()).isEqualTo("DISCOVERY");
    assertThat(opportunity.owner()).isEqualTo(ae);
    assertThat(accounts.byId(opportunity.accountId()).orElseThrow().owner()).isEqualTo(ae);
    // The deal is worked stage by stage from here: its own process, and its owner's "Advance Discovery" task.
    var deal = runtime.createProcessInstanceQuery().processDefinitionKey("opportunity-to-close")
        .processInstanceBusinessKey(opportunityId).singleResult();
    assertThat(deal).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(deal.getId()).singleResult().getAssignee()).isEqualTo(ae);
    assertThat(opportunity.segment()).isEqualTo("ENTERPRISE");
    assertThat(leads.ledgerTypes(leadId)).containsExactly(
        STAGE_ENTERED, LEAD_SCORED, HANDOFF_SENT, SLA_STARTED, SLA_MET,
        STAGE_LEFT, STAGE_ENTERED, STAGE_LEFT, STAGE_ENTERED,
        HANDOFF_SENT, SLA_STARTED, SLA_MET,
        HANDOFF_ACCEPTED, OWNER_CHANGED, OPPORTUNITY_CREATED, STAGE_LEFT, STAGE_ENTERED);
    assertThat(leads.ledger(leadId, STAGE_ENTERED).stream().map(LedgerEntry::stage))
        .containsExactly("MQL", "SAL", "SQL", "OPPORTUNITY");
    assertThat(leads.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("OPPORTUNITY_CREATED");
  }

  @Test
  void missingExitCriteriaSendTheLeadBackToTheSdrWithWhatIsMissing() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    String sdr = leads.task(pi, QUALIFY_LEAD).getAssignee();
    Map<String, Object> incomplete = qualified();
    incomplete.put(Variables.TIMELINE_MONTHS.name(), 12);
    incomplete.put(Variables.MEETING_BOOKED_AT.name(), null);

    leads.complete(pi, QUALIFY_LEAD, sdr, incomplete);

    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD).hasPassed(CHECK_EXIT_CRITERIA).hasNotPassed(ACCEPT_HANDOFF);
    assertThat(leads.variable(pi, Variables.MISSING_CRITERIA.name())).isEqualTo("TIMELINE_WITHIN_9_MONTHS,MEETING_BOOKED");
    assertThat(leads.variable(pi, Variables.MISSING_CRITERIA_TEXT.name())).isEqualTo("Timeline within 9 months, Meeting booked");
    assertThat(leads.ledger(leadId, EXIT_CRITERIA_MISSING).get(0).details().get("missing"))
        .isEqualTo(List.of("TIMELINE_WITHIN_9_MONTHS", "MEETING_BOOKED"));
    assertThat(leads.task(pi, QUALIFY_LEAD).getAssignee()).isNotNull();

    leads.complete(pi, QUALIFY_LEAD, sdr, qualified());
    assertThat(instance(pi)).isWaitingAt(ACCEPT_HANDOFF);
    assertThat(leads.variable(pi, Variables.MISSING_CRITERIA_TEXT.name())).isEqualTo("");
  }

  @Test
  void rejectedHandoffGoesToTheSdrManagersForReviewAndCanBeRoutedToAnotherAe() {
    String leadId = ProcessScenario.newLeadId();
    String pi = qualifyAndHandOff(leadId);
    String firstAe = leads.task(pi, ACCEPT_HANDOFF).getAssignee();

    leads.complete(pi, ACCEPT_HANDOFF, firstAe,
        form(Variables.HANDOFF_DECISION, "REJECT", Variables.REJECTION_REASON, "WRONG_TERRITORY",
            Variables.REJECTION_NOTES, "This is a DACH account, not mine"));

    assertThat(instance(pi)).isWaitingAt(REVIEW_REJECTED_HANDOFF).hasPassed(RECORD_REJECTION);
    Task review = leads.task(pi, REVIEW_REJECTED_HANDOFF);
    assertThat(candidateGroups(tasks, review)).containsExactly("sdr-managers");
    assertThat(review.getAssignee()).as("review waits in the managers' queue").isNull();
    LedgerEntry rejected = leads.ledger(leadId, HANDOFF_REJECTED).get(0);
    assertThat(rejected.actor()).isEqualTo(firstAe);
    assertThat(rejected.details()).containsEntry("reason", "WRONG_TERRITORY");

    leads.complete(pi, REVIEW_REJECTED_HANDOFF, "sofia", form(Variables.REVIEW_DECISION, "REROUTE"));

    assertThat(instance(pi)).isWaitingAt(ACCEPT_HANDOFF);
    assertThat(leads.task(pi, ACCEPT_HANDOFF).getAssignee())
        .as("round-robin moves on to the next AE").isNotEqualTo(firstAe);
  }

  @Test
  void reviewerCanReturnARejectedLeadToTheSdr() {
    String leadId = ProcessScenario.newLeadId();
    String pi = qualifyAndHandOff(leadId);
    leads.complete(pi, ACCEPT_HANDOFF, leads.task(pi, ACCEPT_HANDOFF).getAssignee(),
        form(Variables.HANDOFF_DECISION, "REJECT", Variables.REJECTION_REASON, "NOT_QUALIFIED",
            Variables.REJECTION_NOTES, "No budget this year"));

    leads.complete(pi, REVIEW_REJECTED_HANDOFF, "sofia", form(Variables.REVIEW_DECISION, "REQUALIFY"));

    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD);
  }

  @Test
  void recycledLeadGoesBackToNurtureWithItsReason() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    leads.complete(pi, QUALIFY_LEAD, leads.task(pi, QUALIFY_LEAD).getAssignee(),
        form(Variables.QUALIFICATION_OUTCOME, "RECYCLE", Variables.RECYCLE_REASON, "NOT_NOW"));

    assertThat(instance(pi)).isNull();
    assertThat(leads.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("RECYCLED");
    assertThat(leads.ledgerTypes(leadId)).endsWith(STAGE_LEFT, STAGE_ENTERED);
    LedgerEntry nurture = leads.ledger(leadId, STAGE_ENTERED).get(1);
    assertThat(nurture.stage()).isEqualTo("NURTURE");
    assertThat(nurture.details()).containsEntry("reason", "NOT_NOW");
  }

  @Test
  void disqualifiedLeadLeavesTheFunnelWithAReasonCode() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    leads.complete(pi, QUALIFY_LEAD, leads.task(pi, QUALIFY_LEAD).getAssignee(),
        form(Variables.QUALIFICATION_OUTCOME, "DISQUALIFY", Variables.DISQUALIFY_REASON, "NO_BUDGET"));

    assertThat(instance(pi)).isNull();
    assertThat(leads.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("DISQUALIFIED");
    LedgerEntry out = leads.ledger(leadId, STAGE_ENTERED).get(1);
    assertThat(out.stage()).isEqualTo("DISQUALIFIED");
    assertThat(out.details()).containsEntry("reason", "NO_BUDGET");
  }

  @Test
  void disqualifyingWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    String sdr = leads.task(pi, QUALIFY_LEAD).getAssignee();

    assertThatThrownBy(() -> leads.complete(pi, QUALIFY_LEAD, sdr, form(Variables.QUALIFICATION_OUTCOME, "DISQUALIFY")))
        .hasMessageContaining(Variables.DISQUALIFY_REASON.name());

    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD);
    assertThat(leads.ledgerTypes(leadId)).doesNotContain(SLA_MET, STAGE_LEFT);
  }

  @Test
  void slaWarningRaisesTheTaskInTasklistAndIsRecorded() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    Task before = leads.task(pi, QUALIFY_LEAD);

    clock.advance(Duration.ofMinutes(45)); // the warning timer's due date
    leads.fireTimer(pi, slaWarning(QUALIFY_LEAD));

    Task after = leads.task(pi, QUALIFY_LEAD);
    assertThat(before.getPriority()).isEqualTo(90);
    assertThat(after.getPriority()).as("raised by 20, capped at 100").isEqualTo(100);
    assertThat(after.getFollowUpDate()).isNotNull();
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD);
    LedgerEntry warned = leads.ledger(leadId, SLA_WARNED).get(0);
    assertThat(warned.details()).containsEntry("assignee", before.getAssignee()).containsEntry("handoff", "QUALIFY_LEAD");
    assertThat(leads.openTasks(pi)).hasSize(1);
  }

  @Test
  void breachedQualificationEscalatesToTheSdrManagers() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    String sdr = leads.task(pi, QUALIFY_LEAD).getAssignee();

    clock.advance(Duration.ofMinutes(61)); // a minute past the breach timer's due date
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD));

    Task escalation = leads.task(pi, resolveBreach(QUALIFY_LEAD));
    assertThat(escalation).isNotNull();
    assertThat(escalation.getName()).isEqualTo("Resolve SLA breach — Qualify lead — Northwind Logistics " + leadId + " (HOT)");
    assertThat(candidateGroups(tasks, escalation)).containsExactly("sdr-managers");
    Map<String, Object> context = tasks.getVariables(escalation.getId());
    assertThat(context).containsEntry("escalationAssignee", sdr).containsEntry("escalationLevel", 1);
    assertThat((String) context.get("escalationCockpitUrl")).endsWith("/camunda/app/cockpit/default/#/process-instance/" + pi);
    // Cockpit shows the escalation in the lead's own instance: its one escalation path waits on "Resolve SLA breach".
    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD, HandoffElements.RESOLVE_ESCALATION);
    assertThat(leads.ledger(leadId, SLA_BREACHED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("businessMinutesLate", 1).containsEntry("assignee", sdr));
    assertThat(leads.ledger(leadId, ESCALATION_RAISED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("level", 1).containsEntry("group", "sdr-managers"));

    // The SDR finally works the lead: the handoff is recorded as missed, the manager still resolves.
    leads.complete(pi, QUALIFY_LEAD, sdr, qualified());
    assertThat(leads.ledger(leadId, SLA_MISSED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("elapsedBusinessMinutes", 61));
    leads.complete(pi, resolveBreach(QUALIFY_LEAD), "sofia",
        form("escalationResolution", "NUDGED_OWNER", "escalationNotes", "Talked to the SDR"));
    assertThat(leads.ledger(leadId, ESCALATION_RESOLVED)).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("sofia");
          assertThat(e.details()).containsEntry("resolution", "NUDGED_OWNER").containsEntry("level", 1);
        });
  }

  @Test
  void stillUnworkedAfterTheBreachEscalatesToSalesDirectorsAtTheSecondLevel() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    clock.advance(Duration.ofHours(1));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD));
    clock.advance(Duration.ofHours(1));
    leads.fireTimer(pi, slaSecondLevel(QUALIFY_LEAD));

    Task secondLevel = leads.task(pi, resolveSecondLevel(QUALIFY_LEAD));
    assertThat(candidateGroups(tasks, secondLevel)).containsExactly("sales-directors");
    assertThat(secondLevel.getName()).startsWith("Resolve second-level escalation — Qualify lead");
    assertThat(instance(pi)).isWaitingAt(QUALIFY_LEAD, HandoffElements.RESOLVE_ESCALATION);
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION).count())
        .as("the breach and the second-level escalation, both open").isEqualTo(2);
    assertThat(leads.ledger(leadId, SLA_BREACHED)).hasSize(1);
    assertThat(leads.ledger(leadId, ESCALATION_RAISED).stream().map(e -> e.details().get("level"))).containsExactly(1, 2);
  }

  @Test
  void breachedAcceptanceEscalatesToSalesManagers() {
    String leadId = ProcessScenario.newLeadId();
    String pi = qualifyAndHandOff(leadId);

    clock.advance(Duration.ofDays(1));
    leads.fireTimer(pi, slaBreached(ACCEPT_HANDOFF));
    assertThat(leads.ledger(leadId, SLA_BREACHED).get(0).details()).containsEntry("handoff", "ACCEPT_HANDOFF");

    assertThat(candidateGroups(tasks, leads.task(pi, resolveBreach(ACCEPT_HANDOFF)))).containsExactly("sales-managers");
  }

  @Test
  void escalationStillOpenWhenTheLeadEndsIsClosedWithTheProcess() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    String sdr = leads.task(pi, QUALIFY_LEAD).getAssignee();
    clock.advance(Duration.ofHours(1));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD));

    leads.complete(pi, QUALIFY_LEAD, sdr,
        form(Variables.QUALIFICATION_OUTCOME, "DISQUALIFY", Variables.DISQUALIFY_REASON, "SPAM_OR_INVALID"));

    assertThat(instance(pi)).isNull();
    assertThat(leads.ledger(leadId, ESCALATION_RESOLVED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("resolution", "CLOSED_WITH_PROCESS"));
  }

  @Test
  void completingTheHandoffInTimeRemovesItsSlaTimers() {
    String leadId = ProcessScenario.newLeadId();
    String pi = qualifyAndHandOff(leadId);

    for (String boundary : List.of(slaWarning(QUALIFY_LEAD), slaBreached(QUALIFY_LEAD), slaSecondLevel(QUALIFY_LEAD))) {
      assertThat(leads.timer(pi, boundary)).as(boundary).isNull();
    }
    assertThat(leads.ledger(leadId, SLA_MET)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("handoff", "QUALIFY_LEAD"));
  }
}
