package io.lifecycleops.decision;

import io.lifecycleops.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedInput;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN decision. Rules live in the tables; callers only name the decision
 * and hand over the facts.
 *
 * <p>It evaluates the deployed table with a DMN engine of its own (Camunda's public DMN API) rather than through
 * {@code DecisionService}: only the DMN engine's evaluation listener tells which rules matched, and that is what a rep
 * is shown as the reason a handoff came to them. Evaluations made for a subject are kept in its decision trail
 * ({@link DecisionLog}).
 */
@Component
public class Decisions {

  private final RepositoryService repository;
  private final DecisionLog log;
  private final DmnEngine dmn;
  private final ThreadLocal<DmnDecisionEvaluationEvent> lastEvaluation = new ThreadLocal<>();
  private final Map<String, Table> tables = new ConcurrentHashMap<>();

  public Decisions(RepositoryService repository, DecisionLog log) {
    this.repository = repository;
    this.log = log;
    DmnDecisionEvaluationListener remember = lastEvaluation::set;
    this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionEvaluationListeners(List.of(remember))
        .buildEngine();
  }

  /** A deployed version of a table, parsed once. */
  private record Table(DecisionDefinition definition, DmnModelInstance model, DmnDecision decision) {

    String annotation(String ruleId) {
      Rule rule = model.getModelElementById(ruleId);
      return rule == null || rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim();
    }
  }

  /** A rule that matched: its id, its annotation (the rule's description in Modeler) and its outputs. */
  public record MatchedRule(String ruleId, String annotation, Map<String, Object> outputs) {}

  /** One evaluation: the table and version, the inputs it read by their labels, the rules that matched. */
  public record Decided(String decision, String decisionName, int version, Map<String, ?> facts,
      Map<String, Object> inputs, List<MatchedRule> matchedRules, List<Map<String, Object>> results) {

    /** The single matching row, or empty when the table has no rule for these facts. */
    public Optional<Map<String, Object>> single() {
      if (results.size() > 1) {
        throw ApiProblem.decisionGap(decision, facts, "matched " + results.size() + " rules where it expects one");
      }
      return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    /** The single matching row; a missing rule is a modelling gap: a 422 problem naming the decision and its inputs. */
    public Map<String, Object> required() {
      return single().orElseThrow(() -> ApiProblem.decisionGap(decision, facts, "has no rule"));
    }

    /** Every matching row (COLLECT tables). */
    public List<Map<String, Object>> all() {
      return results;
    }

    /** The first matching rule's annotation, or empty. */
    public String reason() {
      return matchedRules.isEmpty() ? "" : matchedRules.get(0).annotation();
    }

    /** The table and version, and the matched rule's annotation: what a person is told as the reason. */
    public Because because() {
      return new Because(decision, version, reason());
    }
  }

  /** Why, in one line: the rule's annotation, from which table and version. */
  public record Because(String decision, int version, String rule) {

    @Override
    public String toString() {
      return (rule.isBlank() ? "a rule without annotation" : rule) + " (" + decision + ", version " + version + ")";
    }
  }

  /** The single matching row, or empty when the table has no rule for these facts. */
  public Optional<Map<String, Object>> single(String decisionKey, Map<String, ?> facts) {
    return evaluate(decisionKey, facts).single();
  }

  /** The single matching row; a missing rule is a modelling gap: a 422 problem naming the decision and its inputs. */
  public Map<String, Object> required(String decisionKey, Map<String, ?> facts) {
    return evaluate(decisionKey, facts).required();
  }

  /** Every matching row (COLLECT tables). */
  public List<Map<String, Object>> all(String decisionKey, Map<String, ?> facts) {
    return evaluate(decisionKey, facts).all();
  }

  /** Evaluates and keeps the evaluation in the subject's decision trail, in the caller's transaction. */
  public Decided decideFor(DecisionSubject subject, String decisionKey, Map<String, ?> facts) {
    Decided decided = evaluate(decisionKey, facts);
    log.record(subject, decided);
    return decided;
  }

  /** Evaluates without keeping the evaluation (metrics, previews). */
  public Decided evaluate(String decisionKey, Map<String, ?> facts) {
    Table table = latest(decisionKey);
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) facts;
    DmnDecisionResult result;
    DmnDecisionEvaluationEvent event;
    try {
      result = dmn.evaluateDecision(table.decision(), Variables.fromMap(variables));
      event = lastEvaluation.get();
    } catch (RuntimeException failure) {
      // e.g. a UNIQUE table where several rules match: the DMN engine's refusal
      DmnEngineException refusal = dmnRefusal(failure);
      if (refusal == null) {
        throw failure;
      }
      throw ApiProblem.decisionGap(decisionKey, facts, "could not decide (" + refusal.getMessage() + ")");
    } finally {
      lastEvaluation.remove();
    }
    return decided(table, facts, result, event);
  }

  private static Decided decided(Table table, Map<String, ?> facts, DmnDecisionResult result,
      DmnDecisionEvaluationEvent event) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    List<MatchedRule> rules = new ArrayList<>();
    if (event != null && event.getDecisionResult() instanceof DmnDecisionTableEvaluationEvent evaluated) {
      for (DmnEvaluatedInput input : evaluated.getInputs()) {
        inputs.put(input.getName() != null ? input.getName() : input.getId(), plain(input.getValue()));
      }
      for (DmnEvaluatedDecisionRule rule : evaluated.getMatchingRules()) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (DmnEvaluatedOutput output : rule.getOutputEntries().values()) {
          outputs.put(output.getOutputName(), plain(output.getValue()));
        }
        rules.add(new MatchedRule(rule.getId(), table.annotation(rule.getId()), outputs));
      }
    }
    DecisionDefinition definition = table.definition();
    List<Map<String, Object>> results = result.getResultList().stream().map(row -> (Map<String, Object>) new LinkedHashMap<>(row)).toList();
    return new Decided(definition.getKey(), definition.getName(), definition.getVersion(), facts, inputs,
        List.copyOf(rules), results);
  }

  private static Object plain(org.camunda.bpm.engine.variable.value.TypedValue value) {
    return value == null ? null : value.getValue();
  }

  /** The latest deployed version (a designer's deployment from Modeler applies to the next evaluation). */
  private Table latest(String decisionKey) {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .withoutTenantId().latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision table '" + decisionKey + "' is deployed");
    }
    return tables.computeIfAbsent(definition.getId(), id -> {
      DmnModelInstance model = repository.getDmnModelInstance(id);
      return new Table(definition, model, dmn.parseDecision(decisionKey, model));
    });
  }

  private static DmnEngineException dmnRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DmnEngineException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
