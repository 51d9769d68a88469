package io.lifecycleops.operatingmodel;

import io.lifecycleops.handoff.HandoffTemplate;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.sla.SlaCalendarProperties;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The operating model as a document, in Markdown: written from the latest deployed version of every process and
 * decision table (so a designer's deployment from Modeler changes it at once) and from the calendar configuration.
 * Each model says its version and when it was deployed. Nothing here restates a rule: every row comes from a table.
 */
@Component
public class OperatingModel {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The lifecycle's order: a process or table not named here comes after, in key order. */
  private static final List<String> PROCESS_ORDER = List.of("lead-to-opportunity", "opportunity-to-close",
      "closed-won-to-onboarding", "renewal", "expansion", "risk-play", "support-handoff", "advocacy");

  /** What each group of tables is for: the document's chapters. */
  private record Chapter(String title, String purpose, List<String> decisions) {}

  private static final List<Chapter> CHAPTERS = List.of(
      new Chapter("Who does what (RACI)", "Each handoff's responsible team, who answers for it (the first escalation), "
          + "the second escalation level, and who is consulted and informed.", List.of("raci")),
      new Chapter("Routing", "How a lead is segmented, placed in a region, scored and prioritised, and how each handoff "
          + "is assigned: round-robin within the team (with an open-task cap), to the account's owner, or to the "
          + "team's queue.", List.of("lead-segment", "lead-region", "icp-fit", "lead-priority", "handoff-routing",
          "onboarding-motion")),
      new Chapter("Handoff SLAs", "When a handoff warns, breaches (escalation to the accountable group) and goes to "
          + "the second level, counted in the calendar named (BUSINESS_HOURS: the subject's region's calendar).",
          List.of("handoff-sla")),
      new Chapter("Exit criteria", "What must be true before a lead, deal or account leaves its stage.",
          List.of("sql-exit-criteria", "opportunity-exit-criteria", "handoff-completeness", "onboarding-exit-criteria")),
      new Chapter("Deals and forecast", "When a deal counts as stalled, its forecast category, the stage "
          + "probabilities used until history is long enough, and the recognised loss reasons.",
          List.of("stale-stage", "forecast-category", "stage-probability", "lost-reasons")),
      new Chapter("Risk", "The signals that open a risk play, renewal risk and the renewal window.",
          List.of("risk-signals", "renewal-risk", "renewal-window")),
      new Chapter("Expansion and advocacy", "When an expansion signal is worth a play and when a customer is asked "
          + "for advocacy.", List.of("expansion-qualification", "advocacy-eligibility")));

  /** A listener or delegate expression naming a bean: {@code ${checkSqlExitCriteriaDelegate}}. */
  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  /** A stage named in a model's expression: {@code ${stageTracker.enter(execution, 'MQL')}}. */
  private static final Pattern STAGE_LITERAL = Pattern.compile("\\.enter\\(\\s*execution\\s*,\\s*'([A-Z_]+)'");

  private final RepositoryService repository;
  private final SlaCalendarProperties calendars;
  private final Clock clock;
  private final ListableBeanFactory beans;

  public OperatingModel(RepositoryService repository, SlaCalendarProperties calendars, Clock clock, ListableBeanFactory beans) {
    this.repository = repository;
    this.calendars = calendars;
    this.clock = clock;
    this.beans = beans;
  }

  public String markdown() {
    Map<String, String> deployedAt = new HashMap<>();
    StringBuilder md = new StringBuilder();
    md.append("# Operating model\n\n")
        .append("Written ").append(WHEN.format(clock.instant()))
        .append(" from the latest deployed version of each process and decision table, and the calendar configuration. ")
        .append("Deploying a new version from Camunda Modeler changes this page.\n\n");

    md.append("## Contents\n\n- [Processes and handoffs](#processes-and-handoffs)\n");
    CHAPTERS.forEach(chapter -> md.append("- [").append(chapter.title()).append("](#").append(anchor(chapter.title())).append(")\n"));
    md.append("- [Calendars](#calendars)\n\n");

    md.append("## Processes and handoffs\n\n");
    List<ProcessDefinition> processes = new ArrayList<>(repository.createProcessDefinitionQuery().latestVersion().list());
    processes.sort(Comparator.comparing((ProcessDefinition p) -> order(PROCESS_ORDER, p.getKey())).thenComparing(ProcessDefinition::getKey));
    for (ProcessDefinition process : processes) {
      process(md, process, deployedAt(deployedAt, process.getDeploymentId()));
    }

    Map<String, DecisionDefinition> tables = repository.createDecisionDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(DecisionDefinition::getKey, d -> d, (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
    Set<String> shown = new LinkedHashSet<>();
    for (Chapter chapter : CHAPTERS) {
      md.append("## ").append(chapter.title()).append("\n\n").append(chapter.purpose()).append("\n\n");
      for (String key : chapter.decisions()) {
        DecisionDefinition table = tables.get(key);
        if (table == null) {
          md.append("*The table `").append(key).append("` is not deployed.*\n\n");
          continue;
        }
        shown.add(key);
        table(md, table, deployedAt(deployedAt, table.getDeploymentId()));
      }
      if (chapter.title().equals("Handoff SLAs")) {
        md.append("See [Calendars](#calendars) for the hours each calendar counts.\n\n");
      }
    }
    List<String> others = tables.keySet().stream().filter(key -> !shown.contains(key)).sorted().toList();
    if (!others.isEmpty()) {
      md.append("## Other tables\n\n");
      others.forEach(key -> table(md, tables.get(key), deployedAt(deployedAt, tables.get(key).getDeploymentId())));
    }
    calendars(md);
    return md.toString();
  }

  private void process(StringBuilder md, ProcessDefinition process, String deployed) {
    BpmnModelInstance model = repository.getBpmnModelInstance(process.getId());
    md.append("### ").append(text(process.getName() != null ? process.getName() : process.getKey())).append("\n\n")
        .append("`").append(process.getKey()).append("`, version ").append(process.getVersion())
        .append(", deployed ").append(deployed).append(".\n\n");
    List<String[]> handoffs = new ArrayList<>();
    List<String[]> steps = new ArrayList<>();
    Set<String> stages = new LinkedHashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      List<String> entered = stagesEnteredBy(node);
      stages.addAll(entered);
      if (node instanceof ServiceTask || node.getAttributeValueNs(CAMUNDA_NS, "delegateExpression") != null) {
        steps.add(new String[] {name(node), entered.isEmpty() ? "service step" : "moves the subject to " + String.join(", ", entered)});
        continue;
      }
      if (node instanceof UserTask task && HandoffTemplate.ID.equals(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate"))) {
        Map<String, String> inputs = inputsOf(task);
        handoffs.add(new String[] {name(task), code(inputs.get("handoff")), code(inputs.get("routingDecision")),
            code(inputs.getOrDefault("team", "")), code(task.getCamundaFormRef())});
      } else if (node instanceof BusinessRuleTask rule && rule.getCamundaDecisionRef() != null) {
        steps.add(new String[] {name(rule), "decides with " + code(rule.getCamundaDecisionRef())});
      } else if (node instanceof UserTask task && !(task.getParentElement() instanceof SubProcess path && path.triggeredByEvent())) {
        steps.add(new String[] {name(task), "task for " + (task.getCamundaCandidateGroups() != null
            ? code(task.getCamundaCandidateGroups()) : "its assignee")});
      }
    }
    if (!stages.isEmpty()) {
      md.append("Stages it moves its subject into: ").append(String.join(", ", stages)).append(".\n\n");
    }
    if (!handoffs.isEmpty()) {
      md.append("Handoffs (each with its SLA timers and the escalation path):\n\n");
      table(md, List.of("Task", "Handoff", "Routed by", "Team (if not raci's)", "Form"), handoffs);
    }
    if (!steps.isEmpty()) {
      md.append("Other steps:\n\n");
      table(md, List.of("Step", "What it does"), steps);
    }
  }

  /** The stages a step moves its subject into: from its delegate's {@link EntersStage}, or a stage its listener names. */
  private List<String> stagesEnteredBy(FlowNode node) {
    List<String> expressions = new ArrayList<>();
    expressions.add(node.getAttributeValueNs(CAMUNDA_NS, "delegateExpression"));
    if (node.getExtensionElements() != null) {
      for (CamundaExecutionListener listener : node.getExtensionElements().getElementsQuery()
          .filterByType(CamundaExecutionListener.class).list()) {
        expressions.add(listener.getCamundaDelegateExpression() != null ? listener.getCamundaDelegateExpression()
            : listener.getCamundaExpression());
      }
    }
    List<String> stages = new ArrayList<>();
    for (String expression : expressions) {
      if (expression == null) {
        continue;
      }
      Matcher literal = STAGE_LITERAL.matcher(expression);
      while (literal.find()) {
        stages.add(literal.group(1));
      }
      Matcher bean = BEAN.matcher(expression.trim());
      if (bean.matches() && beans.containsBean(bean.group(1))) {
        Class<?> type = beans.getType(bean.group(1));
        EntersStage enters = type == null ? null : AnnotationUtils.findAnnotation(type, EntersStage.class);
        if (enters != null) {
          stages.addAll(List.of(enters.value()));
          if (!enters.description().isBlank()) {
            stages.add(enters.description());
          }
        }
      }
    }
    return stages;
  }

  private void table(StringBuilder md, DecisionDefinition definition, String deployed) {
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    Decision decision = model.getModelElementById(definition.getKey());
    md.append("### ").append(text(definition.getName() != null ? definition.getName() : definition.getKey())).append("\n\n")
        .append("`").append(definition.getKey()).append("`, version ").append(definition.getVersion())
        .append(", deployed ").append(deployed);
    if (decision == null || !(decision.getExpression() instanceof DecisionTable rules)) {
      md.append(".\n\n");
      return;
    }
    md.append(", hit policy ").append(rules.getHitPolicy()).append(".\n\n");
    List<String> headers = new ArrayList<>();
    for (Input input : rules.getInputs()) {
      headers.add(input.getLabel() != null ? input.getLabel() : input.getInputExpression().getText().getTextContent());
    }
    for (Output output : rules.getOutputs()) {
      headers.add(output.getLabel() != null ? output.getLabel() : output.getName());
    }
    headers.add("Why");
    List<String[]> rows = new ArrayList<>();
    for (Rule rule : rules.getRules()) {
      List<String> cells = new ArrayList<>();
      for (InputEntry entry : rule.getInputEntries()) {
        cells.add(entry(entry.getTextContent()));
      }
      for (OutputEntry entry : rule.getOutputEntries()) {
        cells.add(entry(entry.getTextContent()));
      }
      cells.add(rule.getDescription() == null ? "" : text(rule.getDescription().getTextContent()));
      rows.add(cells.toArray(String[]::new));
    }
    table(md, headers, rows);
  }

  private void calendars(StringBuilder md) {
    md.append("## Calendars\n\n").append("Business time counts only in a calendar's working hours. The default calendar is `")
        .append(calendars.defaultCalendar()).append("`.\n\n");
    List<String[]> rows = new ArrayList<>();
    calendars.calendars().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      SlaCalendarProperties.Calendar calendar = entry.getValue();
      String days = calendar.workingDays().stream().map(day -> day.name().charAt(0) + day.name().substring(1, 3).toLowerCase())
          .collect(Collectors.joining(", "));
      String holidays = calendar.holidays().stream().map(Object::toString).collect(Collectors.joining(", "));
      rows.add(new String[] {code(entry.getKey()), String.valueOf(calendar.zone()), calendar.opens() + "–" + calendar.closes(),
          days, holidays.isEmpty() ? "none" : holidays});
    });
    table(md, List.of("Calendar", "Time zone", "Hours", "Working days", "Holidays"), rows);
  }

  private String deployedAt(Map<String, String> known, String deploymentId) {
    return known.computeIfAbsent(deploymentId, id -> {
      var deployment = repository.createDeploymentQuery().deploymentId(id).singleResult();
      return deployment == null ? "at an unknown time" : WHEN.format(deployment.getDeploymentTime().toInstant())
          + (deployment.getName() != null ? " (" + text(deployment.getName()) + ")" : "");
    });
  }

  private static void table(StringBuilder md, List<String> headers, List<String[]> rows) {
    md.append("| ").append(headers.stream().map(OperatingModel::text).collect(Collectors.joining(" | "))).append(" |\n");
    md.append("|").append(" --- |".repeat(headers.size())).append("\n");
    for (String[] row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append("\n");
  }

  private static Map<String, String> inputsOf(UserTask task) {
    if (task.getExtensionElements() == null) {
      return Map.of();
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .collect(Collectors.toMap(CamundaInputParameter::getCamundaName, p -> p.getTextContent().trim(), (a, b) -> a));
  }

  private static int order(List<String> order, String key) {
    int index = order.indexOf(key);
    return index < 0 ? order.size() : index;
  }

  private static String name(FlowNode node) {
    return text(node.getName() != null ? node.getName() : node.getId());
  }

  /** A rule's cell: "-" (any) stays, an expression is shown as code. */
  private static String entry(String expression) {
    String trimmed = expression == null ? "" : expression.trim();
    if (trimmed.isEmpty() || trimmed.equals("-") || trimmed.equals("\"\"")) {
      return "–";
    }
    // A plain string literal reads better without its quotes: sdr-emea, not "sdr-emea".
    // A list of values wraps in a narrow column: a space after each comma.
    return code(trimmed.matches("\"[^\"]*\"") ? trimmed.substring(1, trimmed.length() - 1)
        : trimmed.replaceAll(",(?=\\S)", ", "));
  }

  private static String code(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return "`" + value.replace("`", "'").replace("|", "\\|").replaceAll("\\s+", " ") + "`";
  }

  /** Plain text in a Markdown cell or heading: one line, pipes and markup characters escaped. */
  static String text(String value) {
    return value == null ? "" : value.trim().replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }

  static String anchor(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9 -]", "").trim().replace(' ', '-');
  }
}
