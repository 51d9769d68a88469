package io.lifecycleops.handoff;

import io.lifecycleops.sla.HandoffElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Gives every user task marked with the {@link HandoffTemplate "Handoff task" template} its listeners while the
 * engine reads the model, exactly as if they were written in the XML: the handoff listener on create and complete
 * and the three SLA timeouts. The stored model stays what the designer drew, so redeploying it unchanged is still
 * recognised as unchanged, and older versions that carry the listeners themselves parse as before.
 *
 * <p>It also refuses, with the element named, what would only fail when a deadline passes: a templated task without a
 * handoff key or with the listeners also written by hand, and a process with handoffs but no escalation path.
 *
 * <p>Camunda offers no public API to add listeners at parse time; like {@code BusinessCalendarPlugin} this uses the
 * engine's plugin SPI (a {@code BpmnParse} that adds elements before Camunda's own parsing reads them).
 */
@Component
class HandoffTemplateParsing extends AbstractProcessEnginePlugin {

  private static final String CAMUNDA = BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS;
  private static final String BPMN = BpmnParser.BPMN20_NS;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBpmnParseFactory(HandoffTemplateParse::new);
  }

  static boolean isTemplated(Element task) {
    return HandoffTemplate.ID.equals(task.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "modelerTemplate"));
  }

  static final class HandoffTemplateParse extends BpmnParse {

    HandoffTemplateParse(BpmnParser parser) {
      super(parser);
    }

    @Override
    public ProcessDefinitionEntity parseProcess(Element process) {
      List<String> handoffs = new ArrayList<>();
      collectTemplatedTasks(process, handoffs);
      if (!handoffs.isEmpty() && !hasEscalationPath(process)) {
        addError("Process '" + process.attribute("id") + "' has handoff tasks (" + String.join(", ", handoffs)
            + ") but no escalation path: add the event subprocess 'Escalate SLA breach' with a non-interrupting"
            + " message start event for message '" + HandoffElements.ESCALATION_MESSAGE
            + "' (copy it from any model in bpmn/)", process);
      }
      return super.parseProcess(process);
    }

    @Override
    public ActivityImpl parseUserTask(Element task, ScopeImpl scope) {
      if (isTemplated(task)) {
        addHandoffListeners(task);
      }
      return super.parseUserTask(task, scope);
    }

    private void addHandoffListeners(Element task) {
      Element extensions = task.element("extensionElements");
      if (extensions == null) {
        extensions = element(BPMN, "bpmn:extensionElements", Map.of());
        task.add(extensions);
      }
      if (handoffKey(extensions).isBlank()) {
        addError("'" + task.attribute("id") + "' uses the Handoff task template without a handoff key: fill in"
            + " 'Handoff' (its row in raci, handoff-sla and handoff-routing)", task);
      }
      Set<String> byHand = extensions.elementsNS(CAMUNDA_BPMN_EXTENSIONS_NS, "taskListener").stream()
          .map(l -> l.attribute("delegateExpression"))
          .filter(HandoffTemplate.listeners()::contains)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!byHand.isEmpty()) {
        addError("'" + task.attribute("id") + "' uses the Handoff task template and also declares "
            + String.join(", ", byHand) + " by hand: remove those listeners, the template brings them", task);
        return;
      }
      for (String event : HandoffTemplate.HANDOFF_LISTENER_EVENTS) {
        extensions.add(element(CAMUNDA, "camunda:taskListener",
            Map.of("event", event, "delegateExpression", HandoffTemplate.HANDOFF_LISTENER)));
      }
      for (HandoffTemplate.Timeout timeout : HandoffTemplate.TIMEOUTS) {
        Element listener = element(CAMUNDA, "camunda:taskListener",
            Map.of("id", timeout.id(), "event", "timeout", "delegateExpression", timeout.listener()));
        Element timer = element(BPMN, "bpmn:timerEventDefinition",
            Map.of("id", "TimerEventDefinition_" + task.attribute("id") + "_" + timeout.id()));
        Element date = element(BPMN, "bpmn:timeDate", Map.of());
        date.appendText(timeout.dueDate());
        timer.add(date);
        listener.add(timer);
        extensions.add(listener);
      }
    }

    private static String handoffKey(Element extensions) {
      Element io = extensions.elementNS(CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
      if (io == null) {
        return "";
      }
      return io.elementsNS(CAMUNDA_BPMN_EXTENSIONS_NS, "inputParameter").stream()
          .filter(p -> HandoffTemplate.HANDOFF_INPUT.equals(p.attribute("name")))
          .map(Element::getText).map(String::trim).findFirst().orElse("");
    }

    private static void collectTemplatedTasks(Element scope, List<String> ids) {
      for (Element child : scope.elements()) {
        if ("userTask".equals(child.getTagName()) && isTemplated(child)) {
          ids.add(child.attribute("id"));
        }
        collectTemplatedTasks(child, ids);
      }
    }

    /** An event subprocess of the process itself whose non-interrupting start waits for the escalation message. */
    private boolean hasEscalationPath(Element process) {
      Set<String> messages = rootElement.elements("message").stream()
          .filter(m -> HandoffElements.ESCALATION_MESSAGE.equals(m.attribute("name")))
          .map(m -> m.attribute("id")).collect(Collectors.toSet());
      return process.elements("subProcess").stream()
          .filter(s -> "true".equals(s.attribute("triggeredByEvent")))
          .flatMap(s -> s.elements("startEvent").stream())
          .filter(start -> "false".equals(start.attribute("isInterrupting")))
          .flatMap(start -> start.elements("messageEventDefinition").stream())
          .anyMatch(definition -> messages.contains(definition.attribute("messageRef")));
    }

    private static Element element(String uri, String qualifiedName, Map<String, String> attributes) {
      AttributesImpl sax = new AttributesImpl();
      attributes.forEach((name, value) -> sax.addAttribute("", name, name, "CDATA", value));
      return new Element(uri, qualifiedName.substring(qualifiedName.indexOf(':') + 1), qualifiedName, sax, null);
    }
  }
}
