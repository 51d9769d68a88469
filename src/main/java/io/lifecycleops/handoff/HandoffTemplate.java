package io.lifecycleops.handoff;

import io.lifecycleops.sla.HandoffElements;
import java.util.List;
import java.util.stream.Stream;

/**
 * The element template "Handoff task" ({@code .camunda/element-templates/handoff-task.json}) and what a task it is
 * applied to gets at deployment. A designer applies the template in Camunda Modeler and fills in the handoff key,
 * routing table and form; Modeler marks the task with the template's id. Camunda 7 templates cannot carry task
 * listeners, so {@link HandoffTemplateParsing} adds them when the model is parsed: the handoff listener on create and
 * complete, and the three SLA timeouts dated by the handoff's SLA clock.
 */
public final class HandoffTemplate {

  /** {@code camunda:modelerTemplate} of a task the template is applied to. */
  public static final String ID = "io.lifecycleops.handoff-task";
  /** The template's current version; the model test wants every handoff in bpmn/ on it. */
  public static final int VERSION = 2;
  /** The input parameter holding the handoff's row key in raci, handoff-sla and handoff-routing. */
  public static final String HANDOFF_INPUT = "handoff";

  /** The handoff listener, on both events. */
  public static final String HANDOFF_LISTENER = "${handoffTaskListener}";
  public static final List<String> HANDOFF_LISTENER_EVENTS = List.of("create", "complete", "delete");

  /** One SLA timeout of a handoff task: listener id, the bean it calls, and when (a {@code handoffSla} instant). */
  public record Timeout(String id, String listener, String instant) {

    public String dueDate() {
      return "${handoffSla." + instant + "(execution)}";
    }
  }

  public static final List<Timeout> TIMEOUTS = List.of(
      new Timeout("TaskListener_" + HandoffElements.SLA_WARNING, "${slaWarningListener}", HandoffElements.WARNING_AT),
      new Timeout("TaskListener_" + HandoffElements.SLA_BREACHED, "${slaBreachListener}", HandoffElements.DUE_AT),
      new Timeout("TaskListener_" + HandoffElements.SLA_SECOND_LEVEL, "${slaSecondLevelListener}",
          HandoffElements.SECOND_LEVEL_AT));

  /** Every listener the template stands for: a task carrying any of these by hand is refused. */
  public static List<String> listeners() {
    return Stream.concat(Stream.of(HANDOFF_LISTENER), TIMEOUTS.stream().map(Timeout::listener)).toList();
  }

  private HandoffTemplate() {}
}
