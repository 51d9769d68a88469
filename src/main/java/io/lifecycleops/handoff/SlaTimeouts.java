package io.lifecycleops.handoff;

import static io.lifecycleops.handoff.HandoffVariables.ESCALATION_TASK_ID;

import io.lifecycleops.process.ProcessVariable;
import io.lifecycleops.sla.HandoffElements;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A handoff task's SLA timers as its own timeout listeners, with no diagram elements: the warning
 * bumps the task in its owner's queue; the breach and the second level start the process's one
 * escalation path ("Escalate SLA breach", an event subprocess) for that task and level, so Cockpit
 * shows the escalation in the subject's own instance.
 */
@Configuration
class SlaTimeouts {

  @Bean
  TaskListener slaWarningListener(TimedHandoffs handoffs, NotifySlaWarningDelegate warnings) {
    return task -> warnings.warn(handoffs.of(task), task.getExecution());
  }

  @Bean
  TaskListener slaBreachListener(RuntimeService runtime) {
    return task -> escalate(runtime, task, 1);
  }

  @Bean
  TaskListener slaSecondLevelListener(RuntimeService runtime) {
    return task -> escalate(runtime, task, 2);
  }

  /**
   * The first step of the escalation path: takes the timed-out handoff and the level into the escalation's own
   * scope, then SLA_BREACHED (level 1), ESCALATION_RAISED and the escalation's context as before.
   */
  @Bean
  JavaDelegate escalateSlaDelegate(SlaEscalation escalation) {
    return execution -> {
      ESCALATION_TASK_ID.on(execution).setLocal(TIMED_OUT_TASK.from(execution));
      escalation.raise(execution, TIMED_OUT_LEVEL.from(execution));
    };
  }

  /**
   * Which handoff timed out and at which level travel with the message as transient variables: the escalation path
   * starts within this transaction and keeps them as its own, so two handoffs escalating never share a variable.
   */
  static final ProcessVariable<String> TIMED_OUT_TASK = ProcessVariable.text("slaTimedOutTask");
  static final ProcessVariable<Integer> TIMED_OUT_LEVEL = ProcessVariable.integer("slaTimedOutLevel");

  private static void escalate(RuntimeService runtime, DelegateTask task, int level) {
    runtime.createMessageCorrelation(HandoffElements.ESCALATION_MESSAGE)
        .processInstanceId(task.getProcessInstanceId())
        .setVariable(TIMED_OUT_TASK.name(), Variables.stringValue(task.getId(), true))
        .setVariable(TIMED_OUT_LEVEL.name(), Variables.integerValue(level, true))
        .correlateWithResult();
  }
}
