package io.lifecycleops.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.lifecycleops.web.ApiProblem;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN decision. Rules live in the tables; callers only
 * name the decision and hand over the facts.
 */
@Component
public class Decisions {

  private final DecisionService decisionService;

  public Decisions(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** The single matching row, or empty when the table has no rule for these facts. */
  public Optional<Map<String, Object>> single(String decisionKey, Map<String, ?> facts) {
    DmnDecisionResult result = evaluate(decisionKey, facts);
    if (result.size() > 1) {
      throw ApiProblem.decisionGap(decisionKey, facts, "matched " + result.size() + " rules where it expects one");
    }
    return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntryMap());
  }

  /** The single matching row; a missing rule is a modelling gap: a 422 problem naming the decision and its inputs. */
  public Map<String, Object> required(String decisionKey, Map<String, ?> facts) {
    return single(decisionKey, facts)
        .orElseThrow(() -> ApiProblem.decisionGap(decisionKey, facts, "has no rule"));
  }

  /** Every matching row (COLLECT tables). */
  public List<Map<String, Object>> all(String decisionKey, Map<String, ?> facts) {
    return evaluate(decisionKey, facts).getResultList();
  }

  private DmnDecisionResult evaluate(String decisionKey, Map<String, ?> facts) {
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) facts;
    try {
      return decisionService.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
    } catch (RuntimeException failure) {
      // e.g. a UNIQUE table where several rules match: the DMN engine's refusal, wrapped by the process engine
      DmnEngineException refusal = dmnRefusal(failure);
      if (refusal == null) {
        throw failure;
      }
      throw ApiProblem.decisionGap(decisionKey, facts, "could not decide (" + refusal.getMessage() + ")");
    }
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
