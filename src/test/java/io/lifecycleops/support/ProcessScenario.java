package io.lifecycleops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.lead.LeadToOpportunityProcess.Variables;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.sla.HandoffElements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives the processes in tests the way users do: events through the intake (an MQL for a lead), tasks completed by
 * a named rep, timers fired one by one (the job executor is off in tests), the ledger and tasks read back. Every
 * process test uses it, not only the lead's.
 */
@Component
public class ProcessScenario {

  private final EventIntake intake;
  private final ObjectMapper json;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final LifecycleLedger ledger;
  private final HistoryService history;

  public ProcessScenario(
      EventIntake intake,
      ObjectMapper json,
      TaskService tasks,
      ManagementService management,
      RuntimeService runtime,
      IdentityService identity,
      LifecycleLedger ledger,
      HistoryService history) {
    this.intake = intake;
    this.json = json;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
    this.ledger = ledger;
    this.history = history;
  }

  /** A HOT enterprise lead from Germany at a fresh domain, with the given fields replaced. */
  public static Map<String, Object> hotEnterpriseLead(String leadId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(Variables.LEAD_ID.name(), leadId);
    data.put(Variables.EMAIL.name(), "jane.doe@" + leadId.toLowerCase() + ".example.com");
    data.put(Variables.FIRST_NAME.name(), "Jane");
    data.put(Variables.LAST_NAME.name(), "Doe");
    data.put(Variables.COMPANY.name(), "Northwind Logistics " + leadId);
    data.put(Variables.EMPLOYEES.name(), 1500);
    data.put(Variables.ANNUAL_REVENUE.name(), 400_000_000);
    data.put(Variables.INDUSTRY.name(), "Logistics");
    data.put(Variables.COUNTRY.name(), "DE");
    data.put(Variables.SOURCE.name(), "webinar");
    data.put(Variables.ENGAGEMENT_SCORE.name(), 80);
    return data;
  }

  /** What an SDR enters in "Qualify lead" for a lead that meets every SQL exit criterion. */
  public static Map<String, Object> qualified() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(Variables.QUALIFICATION_OUTCOME.name(), "QUALIFIED");
    form.put(Variables.NEED_CONFIRMED.name(), true);
    form.put(Variables.BUDGET.name(), "100k-250k");
    form.put(Variables.AUTHORITY_ROLE.name(), "VP Operations");
    form.put(Variables.TIMELINE_MONTHS.name(), 6);
    form.put(Variables.MEETING_BOOKED_AT.name(), "2026-12-03T10:00+01:00");
    form.put(Variables.COMPETITOR.name(), "");
    return form;
  }

  public static String newLeadId() {
    return "L-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Posts lead.mql and returns the started process instance id. */
  public String mql(Map<String, Object> data) {
    EventReceipt receipt = intake.accept(CloudEvents.from("test/marketing-automation", "lead.mql", data));
    return receipt.processInstanceId();
  }

  /**
   * The open task of that key. A handoff's escalations are reached by the ids they had before handoffs became one
   * element ({@code HandoffElements.resolveBreach(QUALIFY_LEAD)}): on a model with the one escalation path this is
   * the open "Resolve SLA breach" of that handoff at that level.
   */
  public Task task(String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    Matcher escalation = RESOLVE_PER_HANDOFF.matcher(taskKey);
    if (task != null || !escalation.matches()) {
      return task;
    }
    Set<String> handoffTasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("UserTask_" + escalation.group(1)).list().stream().map(t -> t.getId()).collect(Collectors.toSet());
    int level = escalation.group(2).equals("SlaBreach") ? 1 : 2;
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION)
        .list().stream()
        .filter(t -> handoffTasks.contains(HandoffElements.ESCALATED_TASK.from(runtime, t.getExecutionId()))
            && Integer.valueOf(level).equals(HandoffElements.ESCALATION_LEVEL.from(runtime, t.getExecutionId())))
        .findFirst().orElse(null);
  }

  private static final Pattern RESOLVE_PER_HANDOFF = Pattern.compile("UserTask_Resolve(\\w+?)(SlaBreach|SecondLevel)");
  private static final Pattern SLA_BOUNDARY = Pattern.compile("BoundaryEvent_(\\w+?)(SlaWarning|SlaBreached|SlaSecondLevel)");

  public List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
  }

  /** Completes the task as {@code user} would in Tasklist. */
  public void complete(String processInstanceId, String taskKey, String user, Map<String, Object> variables) {
    Task task = task(processInstanceId, taskKey);
    if (task == null) {
      throw new AssertionError("no open task " + taskKey + " in " + processInstanceId);
    }
    // As Tasklist does: the user with their groups and their groups' tenants (their teams).
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList(),
        identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(t -> t.getId()).toList());
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The pending timer of that element. A handoff's SLA timers are reached by the boundary-event ids they had before
   * handoffs became one element ({@code HandoffElements.slaBreached(QUALIFY_LEAD)}): on a model with timeout
   * listeners this is the handoff task's timer for that SLA instant.
   */
  public Job timer(String processInstanceId, String boundaryEventId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(boundaryEventId).singleResult();
    Matcher sla = SLA_BOUNDARY.matcher(boundaryEventId);
    if (job != null || !sla.matches()) {
      return job;
    }
    String instant = switch (sla.group(2)) {
      case "SlaWarning" -> SlaTimers.WARNING;
      case "SlaBreached" -> SlaTimers.BREACH;
      default -> SlaTimers.SECOND_LEVEL;
    };
    return SlaTimers.of(management, processInstanceId, "UserTask_" + sla.group(1), instant);
  }

  /** Fires the boundary timer now, as the job executor would at its due date. */
  public void fireTimer(String processInstanceId, String boundaryEventId) {
    Job job = timer(processInstanceId, boundaryEventId);
    if (job == null) {
      throw new AssertionError("no timer " + boundaryEventId + " pending in " + processInstanceId);
    }
    management.executeJob(job.getId());
  }

  public Object variable(String processInstanceId, String name) {
    return runtime.getVariable(processInstanceId, name);
  }

  /** A variable of a finished (or running) instance, read from history. */
  public Object variableFromHistory(String processInstanceId, String name) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  public List<LedgerEntry> timeline(String leadId) {
    return ledger.timeline(leadId);
  }

  public List<LedgerEventType> ledgerTypes(String leadId) {
    return timeline(leadId).stream().map(LedgerEntry::type).toList();
  }

  public List<LedgerEntry> ledger(String leadId, LedgerEventType type) {
    return timeline(leadId).stream().filter(e -> e.type() == type).toList();
  }
}
