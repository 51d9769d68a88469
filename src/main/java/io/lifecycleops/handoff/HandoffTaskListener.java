package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.*;

import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ownership.RaciAssignment;
import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.ownership.RoundRobinAssigner;
import io.lifecycleops.ownership.TeamTenants;
import io.lifecycleops.sla.HandoffSla;
import io.lifecycleops.sla.SlaClock;
import io.lifecycleops.sla.SlaClocks;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes a user task a handoff: on create it takes the responsible group from raci, the assignee
 * from the routing table, the due date from the SLA clock, a scannable name, the reasons its rep reads in the
 * task ("Why this came to you"; both evaluations go to the subject's decision trail), and writes
 * HANDOFF_SENT and SLA_STARTED; on complete it writes SLA_MET or SLA_MISSED with the elapsed time.
 */
@Component("handoffTaskListener")
public class HandoffTaskListener implements TaskListener {

  private final RaciTable raci;
  private final HandoffRouting routing;
  private final RoundRobinAssigner roundRobin;
  private final HandoffSla sla;
  private final SlaClocks clocks;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final TeamTenants teams;

  public HandoffTaskListener(
      RaciTable raci,
      HandoffRouting routing,
      RoundRobinAssigner roundRobin,
      HandoffSla sla,
      SlaClocks clocks,
      LifecycleLedger ledger,
      Actors actors,
      TeamTenants teams) {
    this.teams = teams;
    this.raci = raci;
    this.routing = routing;
    this.roundRobin = roundRobin;
    this.sla = sla;
    this.clocks = clocks;
    this.ledger = ledger;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_COMPLETE -> completed(task);
      case EVENTNAME_DELETE -> cancelled(task);
      default -> {}
    }
  }

  private void created(DelegateTask task) {
    DelegateExecution scope = task.getExecution();
    String handoff = String.valueOf(HANDOFF.fromLocal(scope));
    Map<String, Object> facts = scope.getVariables();
    DecisionSubject subject = DecisionSubject.of(scope);
    RaciAssignment owners = raci.forHandoff(subject, handoff, facts);
    HandoffRoute route =
        routing.route(subject, String.valueOf(ROUTING_DECISION.fromLocal(scope)), handoff, facts);
    SlaClock clock = sla.clockOf(scope);
    String team = TEAM.fromLocal(scope) != null ? TEAM.fromLocal(scope) : owners.responsibleGroup();

    String assignee =
        switch (route.assignment()) {
          case ROUND_ROBIN -> roundRobin.next(team, route.openTaskCap()).orElse(null);
          case ACCOUNT_OWNER -> ACCOUNT_OWNER.from(scope);
          case QUEUE -> null;
        };
    // Who may see the task: its team and managers, and the account owner when the owner works outside the team.
    teams.assign(task, team, assignee);

    HANDOFF_NAME.on(scope).setLocal(task.getName());
    RESPONSIBLE_GROUP.on(scope).setLocal(team);
    ACCOUNTABLE_GROUP.on(scope).setLocal(owners.accountableGroup());
    SECOND_LEVEL_GROUP.on(scope).setLocal(owners.secondLevelGroup());
    WHY_THIS_CAME_TO_YOU.on(scope).setLocal(WhyThisCameToYou.of(route, owners, team, assignee, facts));

    task.addCandidateGroup(team);
    if (assignee != null) {
      task.setAssignee(assignee);
    }
    task.setDueDate(Date.from(clock.dueAt()));
    task.setPriority(route.taskPriority());
    Object label = SUBJECT_LABEL.from(scope);
    if (label != null) {
      task.setName(TaskNames.fit(task.getName() + " — " + label));
    }

    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("handoff", handoff);
    sent.put("taskId", task.getId());
    sent.put("group", team);
    sent.put("assignee", assignee);
    sent.put("assignment", route.assignment().name());
    append(task, LedgerEventType.HANDOFF_SENT, sent);
    Map<String, Object> started = new LinkedHashMap<>();
    started.put("handoff", handoff);
    started.put("taskId", task.getId());
    started.put("calendar", clock.calendarId());
    started.put("startedAt", clock.startedAt().toString());
    started.put("warningAt", clock.warningAt().toString());
    started.put("dueAt", clock.dueAt().toString());
    started.put("secondLevelAt", clock.secondLevelAt().toString());
    append(task, LedgerEventType.SLA_STARTED, started);
  }

  private void completed(DelegateTask task) {
    DelegateExecution scope = task.getExecution();
    SlaClock clock = sla.clockOf(scope);
    Instant now = ledger.now();
    String actor = actors.current();
    String completedBy = Actors.SYSTEM.equals(actor) && task.getAssignee() != null ? task.getAssignee() : actor;
    HANDOFF_COMPLETED_BY.on(scope).set(completedBy);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", HANDOFF.fromLocal(scope));
    details.put("taskId", task.getId());
    details.put("completedBy", completedBy);
    details.put("dueAt", clock.dueAt().toString());
    details.put("elapsedBusinessMinutes", clock.elapsed(clocks.calendarOf(clock), now).toMinutes());
    details.put("calendar", clock.calendarId());
    append(task, clock.metAt(now) ? LedgerEventType.SLA_MET : LedgerEventType.SLA_MISSED, details);
  }

  /** The task went without being done (a boundary event moved the process on, or the process ended). */
  private void cancelled(DelegateTask task) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoff", HANDOFF.fromLocal(task.getExecution()));
    details.put("taskId", task.getId());
    details.put("reason", task.getDeleteReason());
    append(task, LedgerEventType.HANDOFF_CANCELLED, details);
  }

  private void append(DelegateTask task, LedgerEventType type, Map<String, Object> details) {
    ledger.append(task.getExecution(), type, actors.current(), details);
  }
}
