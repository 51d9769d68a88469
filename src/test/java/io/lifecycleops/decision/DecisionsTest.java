package io.lifecycleops.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ProcessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A table's answer is reused for the same question, never across versions, never for a table that reads the clock. */
@ProcessTest
class DecisionsTest {

  @Autowired Decisions decisions;
  @Autowired RepositoryService repository;

  private static Map<String, Object> qualifyEmeaLead(String leadId) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("handoff", "QUALIFY_LEAD");
    facts.put("segment", "ENTERPRISE");
    facts.put("region", "EMEA");
    facts.put("leadId", leadId);   // not read by raci: another lead asks the same question
    return facts;
  }

  @Test
  void theSameQuestionGetsTheSameAnswerAndANewVersionAnswersAfresh() throws Exception {
    Decisions.Decided first = decisions.evaluate("raci", qualifyEmeaLead("L-1"));
    Decisions.Decided again = decisions.evaluate("raci", qualifyEmeaLead("L-2"));
    assertThat(again.results()).isEqualTo(first.results());
    assertThat(again.matchedRules()).isEqualTo(first.matchedRules());
    assertThat(Map.<String, Object>copyOf(again.facts())).as("the caller's own facts, for its error messages").containsEntry("leadId", "L-2");

    String changed = Files.readString(Path.of("dmn", "raci.dmn"))
        .replace("<text>\"sdr-emea\"</text>", "<text>\"sdr-emea-north\"</text>");
    String deployment = repository.createDeployment().addString("raci.dmn", changed).deploy().getId();
    try {
      Decisions.Decided afterDeploy = decisions.evaluate("raci", qualifyEmeaLead("L-3"));
      assertThat(afterDeploy.version()).isEqualTo(first.version() + 1);
      assertThat(afterDeploy.required()).containsEntry("responsibleGroup", "sdr-emea-north");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
    assertThat(decisions.evaluate("raci", qualifyEmeaLead("L-4")).required()).containsEntry("responsibleGroup", "sdr-emea");
  }

  @Test
  void aTableIsReusedOnlyWhenItsAnswerDependsOnTheVariablesItNames() throws Exception {
    assertThat(Decisions.reads(Dmn.readModelFromFile(Path.of("dmn", "raci.dmn").toFile())))
        .contains("handoff", "segment", "region").doesNotContain("QUALIFY_LEAD", "sdr");
    String clocked = Files.readString(Path.of("dmn", "raci.dmn")).replaceFirst("<text>\"AMER\"</text>", "<text>now()</text>");
    assertThat(Decisions.reads(Dmn.readModelFromStream(new java.io.ByteArrayInputStream(clocked.getBytes())))).isNull();
  }
}
