package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ProcessTest;
import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class DemoIdentityTest {

  @Autowired IdentityService identity;

  /** Every group a rule of the raci table can name, read from the table itself. */
  private static Set<String> groupsNamedByRaci() {
    DmnModelInstance raci = Dmn.readModelFromFile(new File("dmn/raci.dmn"));
    DecisionTable table = raci.getModelElementsByType(DecisionTable.class).iterator().next();
    var outputs = table.getOutputs().stream().map(Output::getName).toList();
    Set<String> groups = new TreeSet<>();
    for (Rule rule : table.getRules()) {
      var entries = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).toList();
      for (int i = 0; i < outputs.size(); i++) {
        String text = entries.get(i).replace("\"", "").trim();
        Arrays.stream(text.split(",")).map(String::trim).filter(g -> !g.isEmpty()).forEach(groups::add);
      }
    }
    return groups;
  }

  @Test
  void everyGroupTheRaciTableNamesHasDemoMembersWhoseLoginIsTheirId() {
    Set<String> groups = groupsNamedByRaci();
    assertThat(groups).contains("sdr-amer", "sdr-emea", "sdr-apac", "sdr-managers", "ae-enterprise",
        "ae-commercial", "sales-managers", "sales-directors");
    for (String group : groups) {
      var members = identity.createUserQuery().memberOfGroup(group).list();
      assertThat(members).as("demo members of " + group).isNotEmpty();
      String user = members.get(0).getId();
      assertThat(identity.checkPassword(user, user)).as(user + " logs in with password = user id").isTrue();
    }
    assertThat(identity.checkPassword("demo", "demo")).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("demo").count()).isEqualTo(1);
  }
}
