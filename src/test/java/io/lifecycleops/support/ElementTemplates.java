package io.lifecycleops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * Applies an element template from {@code .camunda/element-templates/} to an element the way Camunda Modeler does
 * for Camunda 7: marks the element with the template's id and version, then writes every property through its
 * binding, with the value the designer typed into the field of that label, or else the template's default. Only
 * the bindings our templates use are known; any other fails the test.
 */
public final class ElementTemplates {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {}

  /** The template of that id in the project's template directory. */
  public static JsonNode template(String id) {
    try (Stream<Path> files = Files.list(Path.of(".camunda", "element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        for (JsonNode template : JSON.readTree(file.toFile())) {
          if (template.path("id").asText().equals(id)) {
            return template;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no element template " + id + " in .camunda/element-templates/");
  }

  /** Applies the template to {@code element}; {@code fields} maps a field's label to what the designer typed. */
  public static void apply(JsonNode template, BaseElement element, Map<String, String> fields) {
    element.setAttributeValueNs(CAMUNDA_NS, "modelerTemplate", template.path("id").asText());
    element.setAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion", template.path("version").asText());
    for (JsonNode property : template.path("properties")) {
      String value = fields.getOrDefault(property.path("label").asText(),
          property.has("value") ? property.path("value").asText() : null);
      JsonNode binding = property.path("binding");
      String name = binding.path("name").asText();
      switch (binding.path("type").asText()) {
        case "property" -> {
          if (value != null) {
            element.setAttributeValueNs(CAMUNDA_NS, name.substring(name.indexOf(':') + 1), value);
          }
        }
        case "camunda:inputParameter" -> inputParameter(element, name, value);
        default -> throw new AssertionError("binding " + binding + " is not applied by this helper");
      }
    }
  }

  private static void inputParameter(BaseElement element, String name, String value) {
    BpmnModelInstance model = (BpmnModelInstance) element.getModelInstance();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    CamundaInputOutput io = extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .findFirst().orElse(null);
    if (io == null) {
      io = model.newInstance(CamundaInputOutput.class);
      extensions.addChildElement(io);
    }
    CamundaInputParameter parameter = model.newInstance(CamundaInputParameter.class);
    parameter.setCamundaName(name);
    // A field left empty is written as an empty parameter, which the engine reads as null.
    parameter.setTextContent(value == null ? "" : value);
    io.getCamundaInputParameters().add(parameter);
  }
}
