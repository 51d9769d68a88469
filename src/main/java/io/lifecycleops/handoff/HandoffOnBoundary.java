package io.lifecycleops.handoff;

import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.sla.HandoffSla;
import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.sla.SlaClock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Finds the open handoff task that an SLA boundary path belongs to: the step after a boundary timer
 * follows its incoming flow back to the boundary event and the task it is attached to. This keeps
 * the escalation steps free of task ids.
 */
@Component
class HandoffOnBoundary {

  private final TaskService tasks;
  private final RuntimeService runtime;

  HandoffOnBoundary(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  TimedHandoff of(DelegateExecution execution) {
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
    Map<String, Object> local = runtime.getVariablesLocal(task.getExecutionId());
    return new TimedHandoff(task, local, HandoffSla.read(local));
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
