package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.sla.HandoffElements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model opens and reads well in Camunda Modeler and follows CONVENTIONS.md: a diagram shape
 * for every node and an edge for every flow, no Modeler-default ids, history TTL, the 7.24
 * execution platform, and every handoff task on the SLA mechanism.
 */
class ModelConventionsTest {

  private static final Pattern MODELER_DEFAULT_ID =
      Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final String ESCALATION_TASK_PREFIX = HandoffElements.ESCALATION_TASK_PREFIX;
  private static final Set<String> SLA_SUFFIXES = Set.copyOf(HandoffElements.SLA_TIMER_SUFFIXES);

  private static List<Path> models(String dir, String extension) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBpmnModelIsModelerReady() throws IOException {
    List<Path> files = models("bpmn", ".bpmn");
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> checkBpmn(f)));
  }

  @TestFactory
  Stream<DynamicTest> everyDmnModelIsModelerReady() throws IOException {
    List<Path> files = models("dmn", ".dmn");
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> checkDmn(f)));
  }

  private static void checkBpmn(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    var definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !"7.24.0".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add("definitions lack modeler:executionPlatform=\"Camunda Platform\" 7.24.0");
    }
    String name = file.getFileName().toString().replace(".bpmn", "");
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    if (processes.stream().noneMatch(p -> p.getId().equals(name))) {
      problems.add("no process whose id is the file name " + name);
    }
    processes.stream().filter(p -> p.getCamundaHistoryTimeToLiveString() == null)
        .forEach(p -> problems.add(p.getId() + " has no historyTimeToLive"));

    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        problems.add(node.getId() + " has no diagram shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(flow.getId() + " has no diagram edge");
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null && MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
        problems.add("Modeler-default id " + element.getId());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() == null) {
        problems.add(task.getId() + " has no Camunda Form (camunda:formRef)");
      }
      if (task.getCamundaAssignee() != null) {
        problems.add(task.getId() + " hard-codes an assignee");
      }
      String groups = task.getCamundaCandidateGroups();
      if (groups != null && !groups.startsWith("${")) {
        problems.add(task.getId() + " hard-codes candidate groups " + groups);
      }
      // Every user task is a handoff on the SLA mechanism, except the escalation tasks it creates.
      if (task.getId().startsWith(ESCALATION_TASK_PREFIX)) {
        // Its listener puts it in its managers' team tenant; a task in no tenant would be seen by every team.
        boolean listened = task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list().stream()
            .anyMatch(l -> "${escalationTaskListener}".equals(l.getCamundaDelegateExpression()) && "create".equals(l.getCamundaEvent()));
        if (!listened || groups == null) {
          problems.add(task.getId() + " is an escalation task without ${escalationTaskListener} on create and candidate groups");
        }
        continue;
      }
      if (!isHandoff(task)) {
        problems.add(task.getId() + " is a user task without the SLA mechanism (no 'handoff' input parameter)");
        continue;
      }
      problems.addAll(handoffProblems(model, task));
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  private static boolean isHandoff(UserTask task) {
    return task.getExtensionElements() != null
        && task.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
            .list().stream()
            .flatMap(io -> io.getCamundaInputParameters().stream())
            .map(CamundaInputParameter::getCamundaName)
            .anyMatch("handoff"::equals);
  }

  /** A handoff task: its listener, and non-interrupting warning, breach and second-level timers. */
  private static List<String> handoffProblems(BpmnModelInstance model, UserTask task) {
    List<String> problems = new ArrayList<>();
    Set<String> listenerEvents = task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
        .list().stream()
        .filter(l -> "${handoffTaskListener}".equals(l.getCamundaDelegateExpression()))
        .map(CamundaTaskListener::getCamundaEvent)
        .collect(Collectors.toSet());
    if (!listenerEvents.containsAll(Set.of("create", "complete"))) {
      problems.add(task.getId() + " is a handoff without ${handoffTaskListener} on create and complete");
    }
    List<CamundaTaskListener> timeouts = task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
        .list().stream().filter(l -> "timeout".equals(l.getCamundaEvent())).toList();
    if (!timeouts.isEmpty() || model.getModelElementById(HandoffElements.ESCALATION_SUBPROCESS) != null) {
      problems.addAll(timeoutProblems(model, task, timeouts));
      return problems;
    }
    // Models not yet moved to one-element handoffs (issue #13): three boundary timers and their escalation paths.
    String stem = "BoundaryEvent_" + task.getId().substring(task.getId().indexOf('_') + 1);
    List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == task)
        .filter(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
        .toList();
    for (String suffix : SLA_SUFFIXES) {
      var timer = timers.stream().filter(b -> b.getId().equals(stem + suffix)).findFirst();
      if (timer.isEmpty()) {
        problems.add(task.getId() + " is a handoff without its " + stem + suffix + " timer");
        continue;
      }
      if (timer.get().cancelActivity()) {
        problems.add(timer.get().getId() + " must be non-interrupting");
      }
      String date = timer.get().getEventDefinitions().stream().map(TimerEventDefinition.class::cast)
          .map(d -> d.getTimeDate() == null ? "" : d.getTimeDate().getTextContent()).findFirst().orElse("");
      if (!date.startsWith("${handoffSla.")) {
        problems.add(timer.get().getId() + " must take its date from ${handoffSla...}, not " + date);
      }
    }
    return problems;
  }

  /**
   * A one-element handoff: its SLA timers are its own timeout listeners (warning, breach, second level, dated by the
   * SLA clock), no escalation machinery is modelled around it, and its process has the one escalation path.
   */
  private static List<String> timeoutProblems(BpmnModelInstance model, UserTask task, List<CamundaTaskListener> timeouts) {
    List<String> problems = new ArrayList<>();
    Map<String, String> expected = Map.of("${slaWarningListener}", "${handoffSla.warningAt(execution)}",
        "${slaBreachListener}", "${handoffSla.dueAt(execution)}", "${slaSecondLevelListener}", "${handoffSla.secondLevelAt(execution)}");
    expected.forEach((listener, date) -> {
      boolean present = timeouts.stream().anyMatch(l -> listener.equals(l.getCamundaDelegateExpression())
          && l.getTimeouts().stream().anyMatch(t -> t.getTimeDate() != null && date.equals(t.getTimeDate().getTextContent().trim())));
      if (!present) {
        problems.add(task.getId() + " is a handoff without its timeout listener " + listener + " at " + date);
      }
    });
    if (model.getModelElementsByType(BoundaryEvent.class).stream().anyMatch(b -> b.getAttachedTo() == task)) {
      problems.add(task.getId() + " is a one-element handoff with boundary events modelled by hand");
    }
    if (!(model.getModelElementById(HandoffElements.ESCALATION_SUBPROCESS) instanceof SubProcess path) || !path.triggeredByEvent()) {
      problems.add("a process with one-element handoffs needs its escalation event subprocess " + HandoffElements.ESCALATION_SUBPROCESS);
    }
    return problems;
  }

  private static void checkDmn(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    String name = file.getFileName().toString().replace(".dmn", "");
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    if (decisions.stream().noneMatch(d -> d.getId().equals(name))) {
      problems.add("no decision whose id is the file name " + name);
    }
    decisions.stream().filter(d -> d.getCamundaHistoryTimeToLiveString() == null)
        .forEach(d -> problems.add(d.getId() + " has no historyTimeToLive"));
    var definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))) {
      problems.add("definitions lack modeler:executionPlatform=\"Camunda Platform\"");
    }
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(org.camunda.bpm.model.dmn.instance.DmnElement.class))) {
      String id = element.getAttributeValue("id");
      if (id != null && MODELER_DEFAULT_ID.matcher(id).matches()) {
        problems.add("Modeler-default id " + id);
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }
}
