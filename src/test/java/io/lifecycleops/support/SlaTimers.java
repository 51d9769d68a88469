package io.lifecycleops.support;

import io.lifecycleops.sla.HandoffElements;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** A handoff's SLA timers and its escalation tasks, found in tests the way the service finds them. */
public final class SlaTimers {

  /** The SLA instants a handoff's timers are dated by, as their date expressions name them. */
  public static final String WARNING = HandoffElements.WARNING_AT;
  public static final String BREACH = HandoffElements.DUE_AT;
  public static final String SECOND_LEVEL = HandoffElements.SECOND_LEVEL_AT;

  private SlaTimers() {}

  /** The pending timeout-listener timer of the handoff task {@code taskKey} for that instant, or null. */
  public static Job of(ManagementService management, String processInstanceId, String taskKey, String instant) {
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(taskKey).timers().list().stream()
        .filter(timer -> String.valueOf(management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
            .singleResult().getJobConfiguration()).contains(instant))
        .findFirst().orElse(null);
  }

  /** Fires it now, as the job executor would at its due date. */
  public static void fire(ManagementService management, String processInstanceId, String taskKey, String instant) {
    Job timer = of(management, processInstanceId, taskKey, instant);
    if (timer == null) {
      throw new AssertionError("no " + instant + " timer pending on " + taskKey + " in " + processInstanceId);
    }
    management.executeJob(timer.getId());
  }

  /** The open escalation of that level (1 breach, 2 second level) in the process's one escalation path, or null. */
  public static Task escalation(TaskService tasks, RuntimeService runtime, String processInstanceId, int level) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(HandoffElements.RESOLVE_ESCALATION).list()
        .stream()
        .filter(task -> Integer.valueOf(level).equals(HandoffElements.ESCALATION_LEVEL.from(runtime, task.getExecutionId())))
        .findFirst().orElse(null);
  }
}
