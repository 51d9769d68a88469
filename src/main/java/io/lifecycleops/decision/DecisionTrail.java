package io.lifecycleops.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Why a subject went where it went: the decision-table evaluations Camunda's history holds for its process
 * instances (business-rule tasks) and those the service made for it elsewhere ({@link DecisionLog}: a handoff's
 * routing and raci rows, risk and advocacy tables), newest first, each with the table's key, name and version, the inputs it read (by their labels), and
 * the rules that matched with their annotations (the rule's description in Modeler) and outputs.
 */
@Component
public class DecisionTrail {

  /** Evaluations returned at most, newest first. */
  public static final int MAX = 500;

  private final HistoryService history;
  private final RepositoryService repository;
  private final DecisionLog log;
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final Map<String, String> annotations = new ConcurrentHashMap<>();

  public DecisionTrail(HistoryService history, RepositoryService repository, DecisionLog log) {
    this.history = history;
    this.log = log;
    this.repository = repository;
  }

  public record MatchedRule(String ruleId, Integer ruleOrder, String annotation, Map<String, Object> outputs) {}

  public record Evaluation(String id, Instant evaluatedAt, String decision, String decisionName, Integer version,
      String processInstanceId, String activityId, Map<String, Object> inputs, List<MatchedRule> matchedRules) {}

  /** Every evaluation for a subject: its processes' business-rule tasks and the service's own, newest first. */
  public List<Evaluation> of(String subject) {
    return ofSubjects(List.of(subject));
  }

  /** As {@link #of(String)} for several subjects at once, e.g. an account and its deals. */
  public List<Evaluation> ofSubjects(List<String> subjects) {
    List<String> instances = new ArrayList<>();
    subjects.forEach(subject -> instances.addAll(instancesOf(subject)));
    List<Evaluation> evaluations = new ArrayList<>(of(instances));
    for (DecisionLog.Kept kept : log.of(subjects, MAX)) {
      evaluations.add(new Evaluation("service-" + kept.id(), kept.evaluatedAt(), kept.decision(), kept.decisionName(),
          kept.version(), kept.processInstanceId(), kept.activityId(), kept.inputs(), kept.matchedRules().stream()
              .map(rule -> new MatchedRule(rule.ruleId(), null, rule.annotation(), rule.outputs())).toList()));
    }
    evaluations.sort(java.util.Comparator.comparing(Evaluation::evaluatedAt).reversed());
    return List.copyOf(evaluations.subList(0, Math.min(MAX, evaluations.size())));
  }

  /** The process instances of a subject: every instance whose business key it is. */
  public List<String> instancesOf(String subject) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(subject).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
  }

  public List<Evaluation> of(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<HistoricDecisionInstance> found = new ArrayList<>();
    for (String processInstanceId : processInstanceIds) {
      found.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId).includeInputs()
          .includeOutputs().orderByEvaluationTime().desc().listPage(0, MAX));
    }
    found.sort(java.util.Comparator.comparing(HistoricDecisionInstance::getEvaluationTime).reversed());
    List<Evaluation> evaluations = new ArrayList<>();
    for (HistoricDecisionInstance decided : found.subList(0, Math.min(MAX, found.size()))) {
      Map<String, Object> inputs = new LinkedHashMap<>();
      for (HistoricDecisionInputInstance input : decided.getInputs()) {
        inputs.put(input.getClauseName() != null ? input.getClauseName() : input.getClauseId(), input.getValue());
      }
      Map<String, MatchedRule> rules = new LinkedHashMap<>();
      for (HistoricDecisionOutputInstance output : decided.getOutputs()) {
        MatchedRule rule = rules.computeIfAbsent(output.getRuleId(), id -> new MatchedRule(id, output.getRuleOrder(),
            annotation(decided.getDecisionDefinitionId(), id), new LinkedHashMap<>()));
        rule.outputs().put(output.getVariableName(), output.getValue());
      }
      evaluations.add(new Evaluation(decided.getId(), decided.getEvaluationTime().toInstant(),
          decided.getDecisionDefinitionKey(), decided.getDecisionDefinitionName(), version(decided.getDecisionDefinitionId()),
          decided.getProcessInstanceId(), decided.getActivityId(), inputs, List.copyOf(rules.values())));
    }
    return evaluations;
  }

  private Integer version(String definitionId) {
    return versions.computeIfAbsent(definitionId, id -> repository.getDecisionDefinition(id).getVersion());
  }

  /** A rule's annotation: its description in the deployed table (empty when it has none). */
  private String annotation(String definitionId, String ruleId) {
    return annotations.computeIfAbsent(definitionId + "/" + ruleId, key -> {
      Rule rule = repository.getDmnModelInstance(definitionId).getModelElementById(ruleId);
      return rule == null || rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim();
    });
  }
}
