package io.lifecycleops.operatingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ProcessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operating model is written from what is deployed: processes and handoffs, every table, the calendars. */
@ProcessTest
class OperatingModelTest {

  @Autowired OperatingModel model;
  @Autowired RepositoryService repository;

  private DecisionDefinition latest(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
  }

  @Test
  void itNamesEachProcesssHandoffsTheRaciRowsTheSlasExitCriteriaAndTheCalendars() {
    String markdown = model.markdown();

    assertThat(markdown).startsWith("# Operating model")
        .contains("### Lead to opportunity", "| Qualify lead | `QUALIFY_LEAD` | `handoff-routing` |")
        .contains("### Closed-won to onboarding", "`ACCEPT_ACCOUNT`")
        // raci, with its version, labels and a rule's groups and annotation
        .contains("`raci`, version " + latest("raci").getVersion() + ", deployed ")
        .contains("| Handoff | Segment | Region | Responsible group |")
        .contains("| `QUALIFY_LEAD` | – | `AMER` | `sdr-amer` | `sdr-managers` | `sales-directors` | – | – | "
            + "AMER leads are qualified by the AMER SDR team. |")
        .contains("`handoff-sla`, version ", "`sql-exit-criteria`", "`opportunity-exit-criteria`", "`onboarding-exit-criteria`")
        .contains("`risk-signals`", "`renewal-risk`", "`advocacy-eligibility`", "`handoff-routing`")
        .contains("| `EMEA` | Europe/Berlin | 09:00–17:00 | Mon, Tue, Wed, Thu, Fri | 2026-01-01");
  }

  @Test
  void eachProcessSaysWhichStagesItMovesItsSubjectIntoFromItsStepsAndListeners() {
    String markdown = model.markdown();
    String lead = section(markdown, "### Lead to opportunity");
    String onboarding = section(markdown, "### Closed-won to onboarding");

    assertThat(lead).contains("| Check SQL exit criteria | moves the subject to SAL, SQL |",
        "| Create opportunity | moves the subject to OPPORTUNITY |", "| Match lead to account | service step |");
    assertThat(stages(lead)).containsExactlyInAnyOrder("MQL", "SAL", "SQL", "OPPORTUNITY", "NURTURE", "DISQUALIFIED");
    assertThat(stages(onboarding)).contains("CLOSED_WON", "ONBOARDING", "ADOPTING", "STALLED");
  }

  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int end = markdown.indexOf("\n### ", start + heading.length());
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static java.util.List<String> stages(String section) {
    java.util.regex.Matcher line = java.util.regex.Pattern.compile("Stages it moves its subject into: (.*)\\.\n").matcher(section);
    assertThat(line.find()).as(section).isTrue();
    return java.util.List.of(line.group(1).split(", "));
  }

  @Test
  void aNewTableVersionDeployedChangesTheDocumentAtOnce() throws Exception {
    int before = latest("raci").getVersion();
    String changed = Files.readString(Path.of("dmn", "raci.dmn")).replace(
        "AMER leads are qualified by the AMER SDR team.", "AMER leads go to the AMER SDR pod of the week.");
    String deployment = repository.createDeployment().name("raci from Modeler")
        .addString("raci.dmn", changed).deploy().getId();
    try {
      String markdown = model.markdown();

      assertThat(markdown).contains("`raci`, version " + (before + 1) + ", deployed ")
          .contains("(raci from Modeler)")
          .contains("AMER leads go to the AMER SDR pod of the week.")
          .doesNotContain("AMER leads are qualified by the AMER SDR team.");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
    assertThat(model.markdown()).contains("`raci`, version " + before + ",");
  }

  @Test
  void markupInADesignersTextIsShownAsTextNotRun() {
    assertThat(OperatingModel.text("a | b <script>alert(1)</script> *x*")).isEqualTo("a \\| b \\<script\\>alert(1)\\</script\\> \\*x\\*");
  }
}
