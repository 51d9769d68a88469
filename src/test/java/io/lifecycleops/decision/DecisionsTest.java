package io.lifecycleops.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.web.ApiProblem;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** A table that cannot answer is a 422 problem naming the decision and its inputs, never a 500. */
@ProcessTest
class DecisionsTest {

  /** A designer's mistake: two rules of a UNIQUE table match every size above 10, none below 0. */
  static final String OVERLAPPING = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
          id="Definitions_TestOverlap" name="Overlap" namespace="http://camunda.org/schema/1.0/dmn">
        <decision id="test-overlap" name="Overlap" camunda:historyTimeToLive="P30D">
          <decisionTable id="DecisionTable_TestOverlap" hitPolicy="UNIQUE">
            <input id="Input_Size" label="Size"><inputExpression id="InputExpression_Size" typeRef="integer"><text>size</text></inputExpression></input>
            <output id="Output_Band" name="band" typeRef="string" />
            <rule id="Rule_Small"><inputEntry id="UnaryTests_Small"><text>[0..20]</text></inputEntry><outputEntry id="LiteralExpression_Small"><text>"SMALL"</text></outputEntry></rule>
            <rule id="Rule_Large"><inputEntry id="UnaryTests_Large"><text>&gt; 10</text></inputEntry><outputEntry id="LiteralExpression_Large"><text>"LARGE"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Autowired Decisions decisions;

  @BeforeAll
  static void deploy(@Autowired RepositoryService repository) {
    repository.createDeployment().name("test-overlap").addString("test-overlap.dmn", OVERLAPPING.strip()).deploy();
  }

  @Test
  void severalMatchingRulesInAUniqueTableAreA422NamingTheDecisionAndItsInputs() {
    assertThatThrownBy(() -> decisions.required("test-overlap", Map.of("size", 15)))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> {
          assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
          assertThat(problem.toProblemDetail(null).getProperties()).containsEntry("decision", "test-overlap")
              .containsEntry("inputs", new java.util.TreeMap<>(Map.of("size", 15)));
        });
  }

  @Test
  void noMatchingRuleIsA422Too() {
    assertThatThrownBy(() -> decisions.required("test-overlap", Map.of("size", -1)))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getMessage()).contains("has no rule"));
  }

  @Test
  void aSingleMatchIsTheAnswer() {
    assertThat(decisions.required("test-overlap", Map.of("size", 5))).containsEntry("band", "SMALL");
  }
}
