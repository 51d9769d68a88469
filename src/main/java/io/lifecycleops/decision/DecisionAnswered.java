package io.lifecycleops.decision;

import io.lifecycleops.web.ApiProblem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

/**
 * End listener of a business-rule task bound to its table in the model: a table that matched no
 * rule is a modelling gap, refused as a 422 problem naming the decision and the facts it read (the
 * whole transaction rolls back), never a silent null that routes a lead nowhere.
 */
@Component("decisionAnswered")
public class DecisionAnswered implements ExecutionListener {

  /** Where Camunda keeps the raw result of the task's evaluation, for its output mappings. */
  static final String DECISION_RESULT = "decisionResult";
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final RepositoryService repository;

  public DecisionAnswered(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof BusinessRuleTask task)) {
      return;
    }
    Object result = execution.getVariableLocal(DECISION_RESULT);
    if (result instanceof DmnDecisionResult decided && !decided.isEmpty()) {
      return;
    }
    String decision = task.getCamundaDecisionRef();
    throw ApiProblem.decisionGap(decision, facts(decision, execution), "has no rule");
  }

  /** The variables the table's input expressions name, with their values in this execution. */
  private Map<String, Object> facts(String decisionKey, DelegateExecution execution) {
    Map<String, Object> facts = new LinkedHashMap<>();
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
    if (definition == null) {
      return facts;
    }
    Decision decision = repository.getDmnModelInstance(definition.getId()).getModelElementById(decisionKey);
    Collection<DecisionTable> tables = decision.getChildElementsByType(DecisionTable.class);
    for (DecisionTable table : tables) {
      for (Input input : table.getInputs()) {
        String expression = input.getInputExpression().getText().getTextContent().trim();
        if (VARIABLE.matcher(expression).matches()) {
          facts.put(expression, execution.getVariable(expression));
        }
      }
    }
    return facts;
  }
}
