package io.lifecycleops.sla;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the SLA of an open handoff: pause while waiting on the customer, resume, extend, or
 * recompute under the current handoff-sla table. The task's due date, the pending warning, breach
 * and second-level timers and the clock variables always move together, in one transaction, with a
 * ledger row.
 */
@Service
public class HandoffSlaAdjustments {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final SlaClocks clocks;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final Clock clock;

  public HandoffSlaAdjustments(TaskService tasks, RuntimeService runtime, ManagementService management,
      RepositoryService repository, SlaClocks clocks, LifecycleLedger ledger, Actors actors, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.clocks = clocks;
    this.ledger = ledger;
    this.actors = actors;
    this.clock = clock;
  }

  /** An open handoff task and its clock. */
  public record OpenHandoff(Task task, String handoff, SlaClock clock) {}

  /** A deadline change, as listed by a dry run or applied. */
  public record Change(String taskId, String processInstanceId, String subject, String handoff,
      Instant oldDueAt, Instant newDueAt, Instant oldWarningAt, Instant newWarningAt,
      Instant oldSecondLevelAt, Instant newSecondLevelAt) {}

  public Optional<OpenHandoff> find(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getExecutionId() == null) {
      return Optional.empty();
    }
    Map<String, Object> local = runtime.getVariablesLocal(task.getExecutionId());
    if (!HandoffSla.isHandoffScope(local)) {
      return Optional.empty();
    }
    return Optional.of(new OpenHandoff(task, String.valueOf(local.get(HandoffSla.HANDOFF)), HandoffSla.read(local)));
  }

  @Transactional
  public SlaClock pause(OpenHandoff open, String reason) {
    if (open.clock().isPaused()) {
      throw new SlaStateException("the SLA of task " + open.task().getId() + " is already paused");
    }
    Instant now = clock.instant();
    SlaClock paused = open.clock().pausedAt(now);
    // Suspended timers are not acquired: nothing warns or escalates while the customer has the ball.
    timers(open.task()).forEach(job -> management.suspendJobById(job.getId()));
    save(open.task(), paused);
    record(open, LedgerEventType.SLA_PAUSED, Map.of("handoff", open.handoff(), "taskId", open.task().getId(),
        "reason", reason == null ? "" : reason));
    return paused;
  }

  @Transactional
  public SlaClock resume(OpenHandoff open) {
    if (!open.clock().isPaused()) {
      throw new SlaStateException("the SLA of task " + open.task().getId() + " is not paused");
    }
    WorkingCalendar calendar = clocks.calendarOf(open.clock());
    Instant now = clock.instant();
    Duration pause = calendar.between(open.clock().pausedAt(), now);
    SlaClock resumed = open.clock().resumedAt(calendar, now);
    move(open.task(), resumed);
    moveOpenEscalation(open.task(), resumed);
    timers(open.task()).forEach(job -> management.activateJobById(job.getId()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", open.handoff());
    details.put("taskId", open.task().getId());
    details.put("pausedBusinessMinutes", pause.toMinutes());
    details.put("dueAt", resumed.dueAt().toString());
    details.put("warningAt", resumed.warningAt().toString());
    record(open, LedgerEventType.SLA_RESUMED, details);
    return resumed;
  }

  /** Resumes every paused handoff of a subject's running processes (the customer replied). */
  @Transactional
  public List<SlaClock> resumeAllOf(String subject) {
    List<SlaClock> resumed = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(subject).active().list()) {
      for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
        find(task.getId()).filter(open -> open.clock().isPaused()).ifPresent(open -> resumed.add(resume(open)));
      }
    }
    return resumed;
  }

  /** A manager gives the handoff more time: every deadline moves by {@code extension} of its calendar. */
  @Transactional
  public SlaClock extend(OpenHandoff open, String extension, String reason) {
    WorkingCalendar calendar = clocks.calendarOf(open.clock());
    SlaClock extended = open.clock().extendedBy(calendar, calendar.length(extension));
    move(open.task(), extended);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", open.handoff());
    details.put("taskId", open.task().getId());
    details.put("extension", extension);
    details.put("reason", reason);
    details.put("oldDueAt", open.clock().dueAt().toString());
    details.put("dueAt", extended.dueAt().toString());
    details.put("warningAt", extended.warningAt().toString());
    record(open, LedgerEventType.SLA_ADJUSTED, details);
    return extended;
  }

  /**
   * Moves a handoff to the deadlines a recompute under the current handoff-sla table gave it ({@link SlaRecomputation}),
   * in the caller's transaction, with an {@code SLA_ADJUSTED} ledger row by {@code actor}.
   */
  void applyRecomputed(Task task, String subject, String handoff, SlaClock old, SlaClock now, String actor,
      String recomputationId) {
    move(task, now);
    moveOpenEscalation(task, now);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", handoff);
    details.put("taskId", task.getId());
    details.put("reason", "recomputed under the current " + SlaPolicies.DECISION + " table");
    if (recomputationId != null) {
      details.put("recomputation", recomputationId);
    }
    details.put("oldDueAt", old.dueAt().toString());
    details.put("dueAt", now.dueAt().toString());
    details.put("warningAt", now.warningAt().toString());
    record(subject, task.getProcessInstanceId(), actor, LedgerEventType.SLA_ADJUSTED, details);
  }

  private void move(Task task, SlaClock sla) {
    for (Job job : timers(task)) {
      JobDefinition timer = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
      // A boundary timer says which it is by its id; a timeout listener by the SLA instant its date expression names.
      String which = timer.getActivityId().equals(task.getTaskDefinitionKey())
          ? String.valueOf(timer.getJobConfiguration()) : timer.getActivityId();
      Instant at = which.contains(HandoffElements.SLA_WARNING) || which.contains(HandoffElements.WARNING_AT) ? sla.warningAt()
          : which.contains(HandoffElements.SLA_SECOND_LEVEL) || which.contains(HandoffElements.SECOND_LEVEL_AT)
              ? sla.secondLevelAt() : sla.dueAt();
      management.setJobDuedate(job.getId(), Date.from(at));
    }
    save(task, sla);
  }

  /**
   * A breach escalation still open for this handoff is due when the second level would take over, so it moves with
   * the second-level timer. (An extension is the escalation's own answer: it closes the escalation.)
   */
  private void moveOpenEscalation(Task handoff, SlaClock sla) {
    for (Task escalation : tasks.createTaskQuery().processInstanceId(handoff.getProcessInstanceId())
        .taskDefinitionKeyLike(HandoffElements.ESCALATION_TASK_PREFIX + "%").list()) {
      Map<String, Object> context = runtime.getVariables(escalation.getExecutionId(),
          ProcessVariable.names(HandoffElements.ESCALATED_TASK, HandoffElements.ESCALATION_LEVEL));
      if (handoff.getId().equals(HandoffElements.ESCALATED_TASK.in(context))
          && Integer.valueOf(1).equals(HandoffElements.ESCALATION_LEVEL.in(context))) {
        escalation.setDueDate(Date.from(sla.secondLevelAt()));
        tasks.saveTask(escalation);
      }
    }
  }

  private void save(Task task, SlaClock sla) {
    runtime.setVariablesLocal(task.getExecutionId(), HandoffSla.asVariables(sla));
    task.setDueDate(Date.from(sla.dueAt()));
    tasks.saveTask(task);
  }

  /** The handoff's pending SLA timer jobs: its timeout listeners', or the boundary timers attached to its task. */
  private List<Job> timers(Task task) {
    List<Job> jobs = new ArrayList<>(management.createJobQuery().executionId(task.getExecutionId())
        .activityId(task.getTaskDefinitionKey()).timers().list());
    var model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (!boundary.getAttachedTo().getId().equals(task.getTaskDefinitionKey())
          || HandoffElements.SLA_TIMER_SUFFIXES.stream().noneMatch(boundary.getId()::endsWith)) {
        continue;
      }
      jobs.addAll(management.createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId(boundary.getId()).list());
    }
    return jobs;
  }

  private void record(OpenHandoff open, LedgerEventType type, Map<String, ?> details) {
    String processInstanceId = open.task().getProcessInstanceId();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    record(instance.getBusinessKey(), processInstanceId, actors.current(), type, details);
  }

  private void record(String subject, String processInstanceId, String actor, LedgerEventType type,
      Map<String, ?> details) {
    ledger.append(subject, processInstanceId, type, LifecycleVariables.STAGE.from(runtime, processInstanceId), actor,
        details);
  }
}
