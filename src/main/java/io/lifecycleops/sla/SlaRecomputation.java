package io.lifecycleops.sla;

import io.lifecycleops.decision.Decisions;
import io.lifecycleops.sla.HandoffSlaAdjustments.Change;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Recomputes open handoffs' deadlines under the current {@code handoff-sla} table, one page of open tasks at a time in
 * task-id order, so a run can go on after the last page it finished. A page costs three queries whatever its size (its
 * tasks, their clocks and the facts the table reads, the business keys of those that change) rather than several per
 * handoff: at 100,000 open handoffs a dry run is a few hundred queries.
 */
@Component
public class SlaRecomputation {

  /** The region picks a business-hours calendar ({@link WorkingCalendars#forPolicy}). */
  private static final String REGION = "region";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final SlaPolicies policies;
  private final SlaClocks clocks;
  private final Decisions decisions;
  private final HandoffSlaAdjustments adjustments;
  private final Clock clock;

  SlaRecomputation(TaskService tasks, RuntimeService runtime, ManagementService management, SlaPolicies policies,
      SlaClocks clocks, Decisions decisions, HandoffSlaAdjustments adjustments, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.policies = policies;
    this.clocks = clocks;
    this.decisions = decisions;
    this.adjustments = adjustments;
    this.clock = clock;
  }

  /** A handoff whose new deadlines could not be computed (e.g. no row of the table matches it): left as it is. */
  public record Problem(String taskId, String handoff, String message) {}

  /**
   * One page: how many of its open tasks were handoffs with a running clock, what changes (or changed), the handoffs
   * left alone, and the last task id read (null when this was the last page).
   */
  public record Page(int handoffs, List<Change> changes, List<Problem> problems, String lastTaskId) {}

  private record Recomputed(Task task, String handoff, SlaClock old, SlaClock now) {}

  /** Everything a dry run would change: {@code changes} and {@code problems} list at most {@code listed} each. */
  public record Summary(long handoffs, long count, List<Change> changes, long problemCount, List<Problem> problems) {}

  /**
   * Lists what a recompute would change, changing nothing. Pages are read in order and examined by {@code threads}
   * workers at once (a page's variable query waits on the database while another page is computed); at most two
   * pages per worker are in memory.
   */
  public Summary dryRun(int pageSize, int listed, int threads) {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      Totals totals = new Totals(listed);
      Deque<Future<Page>> inFlight = new ArrayDeque<>();
      String after = null;
      while (true) {
        List<Task> open = openTasks(after, pageSize);
        if (open.isEmpty()) {
          break;
        }
        inFlight.add(workers.submit(() -> examine(open, false, null, null)));
        while (inFlight.size() > 2 * Math.max(1, threads)) {
          totals.add(inFlight.poll());
        }
        if (open.size() < pageSize) {
          break;
        }
        after = open.get(open.size() - 1).getId();
      }
      while (!inFlight.isEmpty()) {
        totals.add(inFlight.poll());
      }
      return totals.summary();
    } finally {
      workers.shutdownNow();
    }
  }

  /** The pages' sums, and the first {@code listed} changes and problems in task order. */
  private static final class Totals {
    private final int listed;
    private long handoffs;
    private long count;
    private long problemCount;
    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    Totals(int listed) {
      this.listed = listed;
    }

    void add(Future<Page> pending) {
      Page page;
      try {
        page = pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the dry run was interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
      }
      handoffs += page.handoffs();
      count += page.changes().size();
      problemCount += page.problems().size();
      page.changes().stream().limit(Math.max(0, listed - changes.size())).forEach(changes::add);
      page.problems().stream().limit(Math.max(0, listed - problems.size())).forEach(problems::add);
    }

    Summary summary() {
      return new Summary(handoffs, count, changes, problemCount, problems);
    }
  }

  /**
   * The open tasks after {@code afterTaskId} (null: from the first), at most {@code size}; with {@code apply}, every
   * change is made (timers, due dates, clock variables, an {@code SLA_ADJUSTED} ledger row by {@code actor}) in the
   * caller's transaction.
   */
  public Page page(String afterTaskId, int size, boolean apply, String actor, String recomputationId) {
    List<Task> open = openTasks(afterTaskId, size);
    Page page = examine(open, apply, actor, recomputationId);
    return open.size() < size ? page
        : new Page(page.handoffs(), page.changes(), page.problems(), open.get(open.size() - 1).getId());
  }

  /** At most {@code size} open tasks after {@code afterTaskId} (null: from the first) in task-id order. */
  private List<Task> openTasks(String afterTaskId, int size) {
    return tasks.createNativeTaskQuery()
        .sql("SELECT * FROM " + management.getTableName(Task.class) + " WHERE ID_ > #{after} ORDER BY ID_"
            + " FETCH FIRST " + Math.max(1, size) + " ROWS ONLY")
        .parameter("after", afterTaskId == null ? "" : afterTaskId)
        .list();
  }

  /** What changes among these tasks (with {@code apply}: made); the page's last task id is left for the caller. */
  private Page examine(List<Task> open, boolean apply, String actor, String recomputationId) {
    if (open.isEmpty()) {
      return new Page(0, List.of(), List.of(), null);
    }
    Optional<Set<String>> reads = decisions.reads(SlaPolicies.DECISION);
    Set<String> factNames = new LinkedHashSet<>(reads.orElse(Set.of()));
    factNames.add(REGION);
    factNames.remove(HandoffSla.HANDOFF); // the handoff's own name, set by forHandoff
    Set<String> names = new HashSet<>(factNames);
    names.addAll(HandoffSla.CLOCK_VARIABLES);
    Set<String> instances = open.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
    Map<String, List<VariableInstance>> byInstance = instances.isEmpty() ? Map.of()
        : runtime.createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
            .variableNameIn(names.toArray(String[]::new)).list().stream()
            .filter(variable -> variable.getTaskId() == null) // task variables are not the execution's
            .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId));

    int handoffs = 0;
    List<Problem> problems = new ArrayList<>();
    List<Recomputed> changed = new ArrayList<>();
    for (Task task : open) {
      List<VariableInstance> variables = byInstance.getOrDefault(task.getProcessInstanceId(), List.of());
      Map<String, Object> local = new HashMap<>();
      for (VariableInstance variable : variables) {
        if (task.getExecutionId() != null && task.getExecutionId().equals(variable.getExecutionId())) {
          local.put(variable.getName(), variable.getValue());
        }
      }
      if (!HandoffSla.isHandoffScope(local)) {
        continue;
      }
      handoffs++;
      String handoff = String.valueOf(local.get(HandoffSla.HANDOFF));
      SlaClock old = HandoffSla.read(local);
      try {
        Map<String, Object> facts = reads.isPresent() ? facts(task, local, variables, factNames)
            : runtime.getVariables(task.getExecutionId());
        SlaClock now = clocks.start(policies.forHandoff(handoff, facts), facts.get(REGION), clock.instant(),
            old.startedAt(), old.paused(), old.pausedAt(), old.extended());
        if (moved(old.dueAt(), now.dueAt()) || moved(old.warningAt(), now.warningAt())
            || moved(old.secondLevelAt(), now.secondLevelAt())) {
          changed.add(new Recomputed(task, handoff, old, now));
        }
      } catch (RuntimeException e) {
        problems.add(new Problem(task.getId(), handoff, e.getMessage()));
      }
    }

    Map<String, String> subjects = new HashMap<>();
    if (!changed.isEmpty()) {
      runtime.createProcessInstanceQuery()
          .processInstanceIds(changed.stream().map(c -> c.task().getProcessInstanceId()).collect(Collectors.toSet()))
          .list().forEach(instance -> subjects.put(instance.getId(), instance.getBusinessKey()));
    }
    List<Change> changes = new ArrayList<>(changed.size());
    for (Recomputed c : changed) {
      Task task = c.task();
      String subject = subjects.get(task.getProcessInstanceId());
      changes.add(new Change(task.getId(), task.getProcessInstanceId(), subject, c.handoff(), c.old().dueAt(),
          c.now().dueAt(), c.old().warningAt(), c.now().warningAt(), c.old().secondLevelAt(), c.now().secondLevelAt()));
      if (apply) {
        adjustments.applyRecomputed(task, subject, c.handoff(), c.old(), c.now(), actor, recomputationId);
      }
    }
    return new Page(handoffs, changes, problems, null);
  }

  /**
   * A deadline moves by a minute or more: SLAs and pauses count in whole minutes, so a smaller difference is the
   * seconds of a pause a clock resumed before pauses were kept to the minute, not a change of the table.
   */
  private static boolean moved(java.time.Instant from, java.time.Instant to) {
    return java.time.Duration.between(from, to).abs().compareTo(java.time.Duration.ofMinutes(1)) >= 0;
  }

  /**
   * The facts the table reads as the handoff's execution sees them: its own variables, else the process instance's.
   * When another scope of the instance (an embedded subprocess, a parallel branch) holds one of them, which one the
   * handoff sees depends on the scope tree, so the engine resolves them for this handoff.
   */
  private Map<String, Object> facts(Task task, Map<String, Object> local, List<VariableInstance> variables,
      Set<String> factNames) {
    Map<String, Object> facts = new HashMap<>();
    for (VariableInstance variable : variables) {
      if (!factNames.contains(variable.getName()) || task.getExecutionId().equals(variable.getExecutionId())) {
        continue;
      }
      if (!variable.getExecutionId().equals(task.getProcessInstanceId())) {
        return runtime.getVariables(task.getExecutionId(), factNames);
      }
      facts.put(variable.getName(), variable.getValue());
    }
    for (String name : factNames) {
      if (local.containsKey(name)) {
        facts.put(name, local.get(name));
      }
    }
    return facts;
  }
}
