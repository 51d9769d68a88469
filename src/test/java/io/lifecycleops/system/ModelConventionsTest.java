package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.handoff.HandoffTemplate;
import io.lifecycleops.handoff.HandoffVariables;
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
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
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

  /** The guard works: the lead model as it was in 2026-11 (boundary timers, escalation steps per handoff) is refused. */
  @Test
  void aHandoffWithoutTheTemplateAndEscalationsDrawnByHandAreRefused() {
    BpmnModelInstance older = Bpmn.readModelFromStream(
        ModelConventionsTest.class.getResourceAsStream("/models/lead-to-opportunity-2026-11.bpmn.xml"));

    List<String> problems = problemsOf(older, "lead-to-opportunity");

    assertThat(problems)
        .contains("UserTask_QualifyLead is a handoff without the Handoff task template (io.lifecycleops.handoff-task)",
            "UserTask_QualifyLead writes ${handoffTaskListener} by hand; the Handoff task template brings it",
            "BoundaryEvent_QualifyLeadSlaBreached is an SLA timer drawn by hand; a handoff's timers are its timeout listeners",
            "ServiceTask_EscalateQualifyLeadSlaBreach models SLA escalation by hand; the handoff's timeout listeners and the escalation path do it",
            "UserTask_ResolveQualifyLeadSlaBreach is an escalation task outside the one escalation path SubProcess_EscalateSla",
            "a process with one-element handoffs needs its escalation event subprocess SubProcess_EscalateSla");
  }

  private static void checkBpmn(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(problemsOf(model, file.getFileName().toString().replace(".bpmn", ""))).as(file.toString()).isEmpty();
  }

  private static List<String> problemsOf(BpmnModelInstance model, String name) {
    List<String> problems = new ArrayList<>();
    var definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !"7.24.0".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      problems.add("definitions lack modeler:executionPlatform=\"Camunda Platform\" 7.24.0");
    }
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
        // The one work item that is no handoff: a deal owner's standing task, timed by the deal's stale clock.
        if (!hasCreateListener(task, "${advanceDealTaskListener}")) {
          problems.add(task.getId() + " is a user task without the SLA mechanism (no 'handoff' input parameter)");
        }
        continue;
      }
      problems.addAll(handoffProblems(model, task));
    }
    problems.addAll(handModelledEscalations(model));
    return problems;
  }

  /** Escalation steps belong in the one escalation path; the per-handoff machinery of before 2026-12 is refused. */
  private static List<String> handModelledEscalations(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Set<String> machinery = Set.of("${notifySlaWarningDelegate}", "${escalateSlaBreachDelegate}", "${escalateToSecondLevelDelegate}");
    for (ServiceTask step : model.getModelElementsByType(ServiceTask.class)) {
      if (step.getCamundaDelegateExpression() != null && machinery.contains(step.getCamundaDelegateExpression())) {
        problems.add(step.getId() + " models SLA escalation by hand; the handoff's timeout listeners and the escalation path do it");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getId().startsWith(ESCALATION_TASK_PREFIX) && !task.getId().equals(HandoffElements.RESOLVE_ESCALATION)) {
        problems.add(task.getId() + " is an escalation task outside the one escalation path " + HandoffElements.ESCALATION_SUBPROCESS);
      }
    }
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (SLA_SUFFIXES.stream().anyMatch(boundary.getId()::endsWith)) {
        problems.add(boundary.getId() + " is an SLA timer drawn by hand; a handoff's timers are its timeout listeners");
      }
    }
    return problems;
  }

  private static boolean hasCreateListener(UserTask task, String listener) {
    return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list().stream()
        .anyMatch(l -> listener.equals(l.getCamundaDelegateExpression()) && "create".equals(l.getCamundaEvent()));
  }

  private static boolean isHandoff(UserTask task) {
    return task.getExtensionElements() != null
        && task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
            .flatMap(io -> io.getCamundaInputParameters().stream())
            .map(CamundaInputParameter::getCamundaName)
            .anyMatch("handoff"::equals);
  }

  /**
   * A one-element handoff: the "Handoff task" template at its current version with its fields filled in (the engine
   * adds the listeners and SLA timeouts it stands for, so none is written by hand), and its process has the one
   * escalation path.
   */
  private static List<String> handoffProblems(BpmnModelInstance model, UserTask task) {
    List<String> problems = new ArrayList<>();
    String template = task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
    String version = task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion");
    if (!HandoffTemplate.ID.equals(template)) {
      problems.add(task.getId() + " is a handoff without the Handoff task template (" + HandoffTemplate.ID + ")");
    } else if (!String.valueOf(HandoffTemplate.VERSION).equals(version)) {
      problems.add(task.getId() + " uses version " + version + " of the Handoff task template, not " + HandoffTemplate.VERSION);
    }
    if (!"deployment".equals(task.getCamundaFormRefBinding())) {
      problems.add(task.getId() + " binds its form other than at deployment");
    }
    Path form = Path.of("bpmn", "forms", task.getCamundaFormRef() + ".form");
    if (!readable(form).contains("{{" + HandoffVariables.WHY_THIS_CAME_TO_YOU.name() + "}}")) {
      problems.add(task.getId() + "'s form " + form + " lacks the \"Why this came to you\" section");
    }
    Map<String, String> inputs = inputsOf(task);
    if (inputs.getOrDefault("handoff", "").isBlank() || inputs.getOrDefault("routingDecision", "").isBlank()) {
      problems.add(task.getId() + " is a handoff without its key and routing table");
    }
    task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
        .map(CamundaTaskListener::getCamundaDelegateExpression)
        .filter(HandoffTemplate.listeners()::contains)
        .forEach(listener -> problems.add(task.getId() + " writes " + listener + " by hand; the Handoff task template brings it"));
    if (!(model.getModelElementById(HandoffElements.ESCALATION_SUBPROCESS) instanceof SubProcess path) || !path.triggeredByEvent()) {
      problems.add("a process with one-element handoffs needs its escalation event subprocess " + HandoffElements.ESCALATION_SUBPROCESS);
    }
    return problems;
  }

  private static String readable(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> inputsOf(UserTask task) {
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .collect(Collectors.toMap(CamundaInputParameter::getCamundaName, p -> p.getTextContent().trim(), (a, b) -> a));
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
    // Each rule says why in words (Modeler's annotation column): GET .../decisions shows it as the reason.
    model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class).stream()
        .filter(rule -> rule.getDescription() == null || rule.getDescription().getTextContent().isBlank())
        .forEach(rule -> problems.add("rule " + rule.getId() + " has no annotation"));
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
