package io.lifecycleops.handoff;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;
import static io.lifecycleops.ledger.LedgerEventType.ESCALATION_RAISED;
import static io.lifecycleops.ledger.LedgerEventType.SLA_BREACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.support.ElementTemplates;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.SlaTimers;
import io.lifecycleops.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A designer adds a handoff with the "Handoff task" element template alone: a new step "Confirm budget" in a copy
 * of the lead model, drawn and templated the way Camunda Modeler does it, plus its rows in raci, handoff-sla and
 * handoff-routing. Deployed, the step is routed, timed on business hours and escalated in the lead's own instance,
 * with no listener or timer written in the model. What would only fail at a deadline is refused at deployment.
 */
@ProcessTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sla-tests;DB_CLOSE_DELAY=-1")
class HandoffTemplateTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String CONFIRM_BUDGET = "UserTask_ConfirmBudget";

  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  private static Instant berlin(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  @Test
  void aHandoffAddedWithTheTemplateAloneIsRoutedTimedAndEscalated() throws IOException {
    BpmnModelInstance model = leadModelWithConfirmBudget(Map.of("Handoff", "CONFIRM_BUDGET", "Form", "confirm-budget"));
    UserTask confirm = model.getModelElementById(CONFIRM_BUDGET);
    assertThat(confirm.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
        .as("the designer wrote no listener").isEmpty();
    deploy(model, true);

    clock.set(berlin(12, 4, 15, 30)); // a Friday afternoon in Berlin
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    // routing: the new row sends it to the queue of sdr-emea; SLA: two business hours, warned at half, then one more
    Task task = leads.task(pi, CONFIRM_BUDGET);
    assertThat(task.getAssignee()).isNull();
    assertThat(candidateGroups(task)).containsExactly("sdr-emea");
    assertThat(task.getPriority()).isEqualTo(55);
    assertThat(task.getDueDate().toInstant()).isEqualTo(berlin(12, 7, 9, 30));
    assertThat(SlaTimers.of(management, pi, CONFIRM_BUDGET, SlaTimers.WARNING).getDuedate().toInstant())
        .isEqualTo(berlin(12, 4, 16, 30));
    assertThat(SlaTimers.of(management, pi, CONFIRM_BUDGET, SlaTimers.BREACH).getDuedate().toInstant())
        .isEqualTo(berlin(12, 7, 9, 30));
    assertThat(SlaTimers.of(management, pi, CONFIRM_BUDGET, SlaTimers.SECOND_LEVEL).getDuedate().toInstant())
        .isEqualTo(berlin(12, 7, 10, 30));

    // the breach escalates to the accountable managers in the process's one escalation path
    clock.set(berlin(12, 7, 9, 31));
    SlaTimers.fire(management, pi, CONFIRM_BUDGET, SlaTimers.BREACH);
    Task escalation = SlaTimers.escalation(tasks, runtime, pi, 1);
    assertThat(escalation.getName()).startsWith("Resolve SLA breach — Confirm budget");
    assertThat(candidateGroups(escalation)).containsExactly("sdr-managers");
    assertThat(escalation.getDueDate().toInstant()).isEqualTo(berlin(12, 7, 10, 30));
    assertThat(leads.ledger(leadId, SLA_BREACHED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("handoff", "CONFIRM_BUDGET").containsEntry("businessMinutesLate", 1));
    assertThat(leads.ledger(leadId, ESCALATION_RAISED)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("level", 1).containsEntry("group", "sdr-managers"));

    // done: the lead goes on to qualification and the step's remaining timers go with it
    tasks.complete(task.getId());
    assertThat(leads.task(pi, QUALIFY_LEAD)).isNotNull();
    assertThat(SlaTimers.of(management, pi, CONFIRM_BUDGET, SlaTimers.SECOND_LEVEL)).isNull();
  }

  @Test
  void aTemplatedTaskWithoutAHandoffKeyIsRefusedAtDeployment() {
    BpmnModelInstance model = leadModelWithConfirmBudget(Map.of("Form", "confirm-budget"));

    assertThatThrownBy(() -> deploy(model, false)).isInstanceOf(ParseException.class)
        .hasMessageContaining("'UserTask_ConfirmBudget' uses the Handoff task template without a handoff key");
  }

  @Test
  void aTemplatedTaskThatAlsoWritesTheListenersIsRefusedAtDeployment() {
    BpmnModelInstance model = leadModelWithConfirmBudget(Map.of("Handoff", "CONFIRM_BUDGET", "Form", "confirm-budget"));
    UserTask confirm = model.getModelElementById(CONFIRM_BUDGET);
    CamundaTaskListener breach = model.newInstance(CamundaTaskListener.class);
    breach.setCamundaEvent("create");
    breach.setCamundaDelegateExpression("${handoffTaskListener}");
    confirm.getExtensionElements().addChildElement(breach);

    assertThatThrownBy(() -> deploy(model, false)).isInstanceOf(ParseException.class)
        .hasMessageContaining("'UserTask_ConfirmBudget' uses the Handoff task template and also declares"
            + " ${handoffTaskListener} by hand");
  }

  @Test
  void aProcessWithAHandoffButNoEscalationPathIsRefusedAtDeployment() {
    BpmnModelInstance sketch = Bpmn.createExecutableProcess("designer-sketch").camundaHistoryTimeToLive(30)
        .startEvent("StartEvent_Sketch").userTask("UserTask_Sketch").name("Sketch").endEvent("EndEvent_Sketch").done();
    ElementTemplates.apply(ElementTemplates.template(HandoffTemplate.ID), sketch.getModelElementById("UserTask_Sketch"),
        Map.of("Handoff", "QUALIFY_LEAD", "Form", "qualify-lead"));

    assertThatThrownBy(() -> deployments.add(repository.createDeployment().addModelInstance("designer-sketch.bpmn", sketch)
        .deploy().getId()))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Process 'designer-sketch' has handoff tasks (UserTask_Sketch) but no escalation path");
  }

  /**
   * The lead model with "Confirm budget" between the lead's arrival and "Qualify lead": the task, its flow and its
   * shapes as Modeler draws them, and the template applied with {@code fields} typed in.
   */
  private static BpmnModelInstance leadModelWithConfirmBudget(Map<String, String> fields) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/lead-to-opportunity.bpmn"));
    UserTask qualify = model.getModelElementById(QUALIFY_LEAD);
    Process process = (Process) qualify.getParentElement();
    SequenceFlow into = model.getModelElementById("Flow_ToQualifyLead");

    UserTask confirm = model.newInstance(UserTask.class);
    confirm.setId(CONFIRM_BUDGET);
    confirm.setName("Confirm budget");
    process.addChildElement(confirm);
    SequenceFlow done = model.newInstance(SequenceFlow.class);
    done.setId("Flow_ConfirmBudgetDone");
    process.addChildElement(done);
    into.setTarget(confirm);
    done.setSource(confirm);
    done.setTarget(qualify);
    confirm.getIncoming().add(into);
    confirm.getOutgoing().add(done);
    qualify.getIncoming().remove(into);
    qualify.getIncoming().add(done);
    ElementTemplates.apply(ElementTemplates.template(HandoffTemplate.ID), confirm, fields);

    BpmnPlane plane = model.getModelElementsByType(BpmnPlane.class).iterator().next();
    BpmnShape qualifyShape = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() == qualify).findFirst().orElseThrow();
    Bounds at = qualifyShape.getBounds();
    BpmnShape shape = model.newInstance(BpmnShape.class);
    shape.setId(CONFIRM_BUDGET + "_di");
    shape.setBpmnElement(confirm);
    Bounds bounds = model.newInstance(Bounds.class);
    bounds.setX(at.getX());
    bounds.setY(at.getY() + 160);
    bounds.setWidth(at.getWidth());
    bounds.setHeight(at.getHeight());
    shape.setBounds(bounds);
    plane.addChildElement(shape);
    BpmnEdge edge = model.newInstance(BpmnEdge.class);
    edge.setId("Flow_ConfirmBudgetDone_di");
    edge.setBpmnElement(done);
    edge.getWaypoints().add(waypoint(model, at.getX() + at.getWidth() / 2, bounds.getY()));
    edge.getWaypoints().add(waypoint(model, at.getX() + at.getWidth() / 2, at.getY() + at.getHeight()));
    plane.addChildElement(edge);
    return model;
  }

  private static Waypoint waypoint(BpmnModelInstance model, double x, double y) {
    Waypoint point = model.newInstance(Waypoint.class);
    point.setX(x);
    point.setY(y);
    return point;
  }

  /** Deploys the model with its forms (a new one for the new step) and, if asked, the tables with the step's rows. */
  private void deploy(BpmnModelInstance model, boolean withTableRows) throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("designer adds Confirm budget")
        .addModelInstance("lead-to-opportunity.bpmn", model);
    try (Stream<Path> forms = Files.list(Path.of("bpmn", "forms"))) {
      for (Path form : forms.toList()) {
        deployment.addInputStream(form.getFileName().toString(), Files.newInputStream(form));
      }
    }
    String qualifyForm = Files.readString(Path.of("bpmn", "forms", "qualify-lead.form"));
    deployment.addInputStream("confirm-budget.form", new ByteArrayInputStream(
        qualifyForm.replace("\"id\": \"qualify-lead\"", "\"id\": \"confirm-budget\"").getBytes(StandardCharsets.UTF_8)));
    if (withTableRows) {
      deployment.addModelInstance("raci.dmn",
          withRow("raci", "\"CONFIRM_BUDGET\"", "-", "-", "\"sdr-emea\"", "\"sdr-managers\"", "\"sales-directors\"", "\"\"", "\"\""));
      deployment.addModelInstance("handoff-sla.dmn",
          withRow("handoff-sla", "\"CONFIRM_BUDGET\"", "-", "-", "\"PT2H\"", "50", "\"PT1H\"", "\"BUSINESS_HOURS\""));
      deployment.addModelInstance("handoff-routing.dmn",
          withRow("handoff-routing", "\"CONFIRM_BUDGET\"", "-", "-", "-", "\"QUEUE\"", "0", "55"));
    }
    deployments.add(deployment.deploy().getId());
  }

  /** The table of dmn/ with one more rule at the end: its input entries, then its output entries. */
  private static DmnModelInstance withRow(String table, String... entries) {
    DmnModelInstance model = Dmn.readModelFromFile(new File("dmn/" + table + ".dmn"));
    DecisionTable decisionTable = model.getModelElementsByType(DecisionTable.class).iterator().next();
    int inputs = decisionTable.getInputs().size();
    assertThat(entries).hasSize(inputs + decisionTable.getOutputs().size());
    Rule rule = model.newInstance(Rule.class);
    for (int i = 0; i < entries.length; i++) {
      Text text = model.newInstance(Text.class);
      text.setTextContent(entries[i]);
      if (i < inputs) {
        InputEntry entry = model.newInstance(InputEntry.class);
        entry.setText(text);
        rule.getInputEntries().add(entry);
      } else {
        OutputEntry entry = model.newInstance(OutputEntry.class);
        entry.setText(text);
        rule.getOutputEntries().add(entry);
      }
    }
    decisionTable.getRules().add(rule);
    return model;
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).toList();
  }
}
