package io.lifecycleops.handoff;

import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.sla.HandoffSla;
import io.lifecycleops.sla.SlaClock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Finds the open handoff task an SLA timer fired for: the task itself for a timeout listener; the task
 * named by the escalation's own {@code escalationTaskId} inside the process's "Escalate SLA" event
 * subprocess; and, for models deployed before 2026-12, the task the boundary timer before this step
 * is attached to. This keeps the escalation steps free of task ids.
 */
@Component
class TimedHandoffs {

  private final TaskService tasks;
  private final RuntimeService runtime;

  TimedHandoffs(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /** The handoff whose timeout listener fired. */
  TimedHandoff of(DelegateTask fired) {
    return of(tasks.createTaskQuery().taskId(fired.getId()).singleResult());
  }

  /** The handoff an escalation step is about. */
  TimedHandoff of(DelegateExecution execution) {
    String escalated = HandoffVariables.ESCALATION_TASK_ID.fromLocal(execution);
    if (escalated != null) {
      Task task = tasks.createTaskQuery().taskId(escalated).singleResult();
      if (task == null) {
        throw new IllegalStateException("handoff task " + escalated + " is no longer open");
      }
      return of(task);
    }
    return ofBoundaryPath(execution);
  }

  private TimedHandoff of(Task task) {
    Map<String, Object> local = runtime.getVariablesLocal(task.getExecutionId());
    return new TimedHandoff(task, local, HandoffSla.read(local));
  }

  private TimedHandoff ofBoundaryPath(DelegateExecution execution) {
    FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
    BoundaryEvent boundary =
        step.getIncoming().stream()
            .map(SequenceFlow::getSource)
            .filter(BoundaryEvent.class::isInstance)
            .map(BoundaryEvent.class::cast)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        step.getId() + " must directly follow an SLA boundary timer of a handoff task"));
    String taskKey = boundary.getAttachedTo().getId();
    Task task =
        tasks.createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + taskKey + " for SLA timer " + boundary.getId());
    }
    return of(task);
  }

  /** The handoff whose SLA timer fired: its task, the task's local variables (handoff, groups) and its SLA clock. */
  record TimedHandoff(Task task, Map<String, Object> scope, SlaClock clock) {

    String handoff() {
      return String.valueOf(HandoffVariables.HANDOFF.in(scope));
    }

    String name() {
      return String.valueOf(HandoffVariables.HANDOFF_NAME.in(scope));
    }

    String group(ProcessVariable<String> variable) {
      return String.valueOf(variable.in(scope));
    }
  }
}
