package io.lifecycleops.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.web.ApiProblem;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** A business-rule task bound to its table in the model refuses a table without an answer, as the Java delegates did. */
@ProcessTest
class DecisionAnsweredTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  private String deployment;

  @BeforeEach
  void deployAProcessThatChoosesAMotion() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("decision-answered-test").camundaHistoryTimeToLive(1)
        .startEvent()
        .businessRuleTask("BusinessRuleTask_ChooseMotion").camundaDecisionRef("onboarding-motion")
        .camundaOutputParameter("motion", "${decisionResult.getSingleResult().motion}")
        .camundaExecutionListenerDelegateExpression("end", "${decisionAnswered}")
        .userTask("UserTask_Wait")
        .endEvent()
        .done();
    deployment = repository.createDeployment().addModelInstance("decision-answered-test.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void aTableThatAnswersSetsItsOutputsAndCockpitLinksTheEvaluationToTheTask() {
    String pi = runtime.startProcessInstanceByKey("decision-answered-test", Map.of("segment", "SMB", "arr", 12000.0)).getId();

    assertThat(runtime.getVariable(pi, "motion")).isEqualTo("TECH_TOUCH");
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(pi).singleResult().getActivityId())
        .isEqualTo("BusinessRuleTask_ChooseMotion");
  }

  @Test
  void aTableWithoutAnAnswerIsA422NamingTheDecisionAndTheFactsItReadAndNothingStarts() {
    Throwable failure = catchThrowable(() ->
        runtime.startProcessInstanceByKey("decision-answered-test", "no-answer", Map.of("segment", "GOVERNMENT", "arr", 12000.0)));

    ApiProblem problem = ApiProblem.in(failure).orElseThrow();
    assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(problem.toProblemDetail(null).getProperties())
        .containsEntry("decision", "onboarding-motion")
        .containsEntry("inputs", new java.util.TreeMap<>(Map.of("segment", "GOVERNMENT", "arr", 12000.0)));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("no-answer").count()).isZero();
  }
}
