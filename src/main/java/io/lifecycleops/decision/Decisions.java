package io.lifecycleops.decision;

import io.lifecycleops.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
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
  /**
   * A table's answer is a function of its version and the variables it reads: the same question gets the answer it
   * got before instead of a second FEEL evaluation (each costs milliseconds: the FEEL engine builds its built-in
   * functions for every unary test, and raci has over a hundred).
   */
  private final Map<List<Object>, Decided> answered = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Decided> eldest) {
          return size() > REMEMBERED;
        }
      });

  public Decisions(RepositoryService repository, DecisionLog log) {
    this.repository = repository;
    this.log = log;
    DmnDecisionEvaluationListener remember = lastEvaluation::set;
    this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionEvaluationListeners(List.of(remember))
        .buildEngine();
  }

  /** Evaluations kept for reuse at most (the tables the service evaluates have tens of distinct input rows). */
  static final int REMEMBERED = 10_000;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "absent";
    }
  };

  /**
   * A deployed version of a table, parsed once; {@code reads}: every name its expressions mention (so the variables
   * its answer can depend on), or null when its answer may depend on more (the clock, another expression language).
   */
  private record Table(DecisionDefinition definition, DmnModelInstance model, DmnDecision decision, Set<String> reads) {

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

  /** Evaluates and keeps the evaluation in the subject's decision trail (none: not kept), in the caller's transaction. */
  public Decided decideFor(DecisionSubject subject, String decisionKey, Map<String, ?> facts) {
    Decided decided = evaluate(decisionKey, facts);
    log.record(subject, decided);
    return decided;
  }

  /** Evaluates without keeping the evaluation (metrics, previews). */
  public Decided evaluate(String decisionKey, Map<String, ?> facts) {
    Table table = latest(decisionKey);
    List<Object> question = question(table, facts);
    Decided known = question == null ? null : answered.get(question);
    if (known != null) {
      return new Decided(known.decision(), known.decisionName(), known.version(), facts, known.inputs(),
          known.matchedRules(), known.results());
    }
    Decided decided = evaluate(table, decisionKey, facts);
    if (question != null) {
      // Kept without the caller's facts: they may be a whole process's variables.
      answered.put(question, new Decided(decided.decision(), decided.decisionName(), decided.version(), Map.of(),
          decided.inputs(), decided.matchedRules(), decided.results()));
    }
    return decided;
  }

  /**
   * The variables the latest version of a table reads, or empty when that cannot be told (a clock function, another
   * expression language): then a caller must hand it every variable.
   */
  public Optional<Set<String>> reads(String decisionKey) {
    return Optional.ofNullable(latest(decisionKey).reads());
  }

  /** The table version and the values of the variables it reads, or null when the answer cannot be reused. */
  private static List<Object> question(Table table, Map<String, ?> facts) {
    if (table.reads() == null) {
      return null;
    }
    List<Object> question = new ArrayList<>(table.reads().size() * 2 + 1);
    question.add(table.definition().getId());
    for (String name : table.reads()) {
      Object value = facts.containsKey(name) ? facts.get(name) : ABSENT;
      if (!(value == null || value == ABSENT || value instanceof String || value instanceof Number
          || value instanceof Boolean || value instanceof Enum<?> || value instanceof java.util.Date)) {
        return null;
      }
      question.add(name);
      question.add(value instanceof java.util.Date date ? date.getTime() : value);
    }
    return question;
  }

  private Decided evaluate(Table table, String decisionKey, Map<String, ?> facts) {
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
      return new Table(definition, model, dmn.parseDecision(decisionKey, model), reads(model));
    });
  }

  /**
   * Every name the model's expressions mention (string literals left out), or null when an answer may depend on more
   * than the variables: a clock function, or an expression language other than FEEL's.
   */
  static Set<String> reads(DmnModelInstance model) {
    Set<String> names = new java.util.TreeSet<>();
    for (ModelElementInstance element : model.getModelElementsByType(model.getModel().getType(Text.class))) {
      String text = element.getTextContent();
      if (text == null) {
        continue;
      }
      String code = STRING_LITERAL.matcher(text).replaceAll(" ");
      if (code.contains("now(") || code.contains("today(") || code.contains("${")) {
        return null;
      }
      Matcher name = IDENTIFIER.matcher(code);
      while (name.find()) {
        names.add(name.group());
      }
    }
    for (ModelElementInstance element : model.getModelElementsByType(model.getModel().getType(DmnElement.class))) {
      String language = element.getAttributeValue("expressionLanguage");
      if (language != null && !language.toLowerCase(java.util.Locale.ROOT).contains("feel")) {
        return null;
      }
    }
    return names;
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
