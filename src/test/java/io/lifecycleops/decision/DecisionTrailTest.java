package io.lifecycleops.decision;

import static org.assertj.core.api.Assertions.assertThat;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD;

import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lead's decisions, newest first: which tables decided, on what inputs, by which rule and why (its annotation). */
@ProcessTest
class DecisionTrailTest {

  @Autowired DecisionTrail trail;
  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  @BeforeEach
  void mondayMorning() {
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  @Test
  void aNewLeadsSegmentRegionFitAndPriorityWithTheRulesThatDecidedThem() {
    String leadId = ProcessScenario.newLeadId();
    leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    List<DecisionTrail.Evaluation> decided = trail.of(trail.instancesOf(leadId));

    // The four tables of the lead's start decide in one transaction: at one instant, in no order the history keeps.
    assertThat(decided).extracting(DecisionTrail.Evaluation::decision)
        .contains("lead-priority", "icp-fit", "lead-region", "lead-segment");
    DecisionTrail.Evaluation fit = decided.stream().filter(e -> e.decision().equals("icp-fit")).findFirst().orElseThrow();
    assertThat(fit.version()).isPositive();
    assertThat(fit.inputs()).isNotEmpty().containsValue("Logistics");
    assertThat(fit.matchedRules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.annotation()).as("every rule says why in words").isNotBlank();
      assertThat(rule.outputs()).containsKey("fitTier");
    });
    assertThat(decided).extracting(DecisionTrail.Evaluation::evaluatedAt)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aLeadThatComesBackIsDecidedAgainAndTheNewDecisionsComeFirst() {
    String leadId = ProcessScenario.newLeadId();
    String first = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    leads.complete(first, io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD,
        leads.task(first, io.lifecycleops.lead.LeadToOpportunityProcess.Elements.QUALIFY_LEAD).getAssignee(),
        java.util.Map.of("qualificationOutcome", "RECYCLE", "recycleReason", "NOT_NOW"));
    java.time.Instant firstTime = clock.instant();
    clock.advance(java.time.Duration.ofDays(30));
    String second = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));

    List<DecisionTrail.Evaluation> decided = trail.of(trail.instancesOf(leadId));

    List<String> byInstance = decided.stream().map(DecisionTrail.Evaluation::processInstanceId).toList();
    int firstOfTheOld = byInstance.indexOf(first);
    assertThat(firstOfTheOld).as("the first lead's decisions are there").isPositive();
    assertThat(byInstance.subList(0, firstOfTheOld)).as("the return's decisions first").isNotEmpty().containsOnly(second);
    assertThat(byInstance.subList(firstOfTheOld, byInstance.size())).containsOnly(first);
    assertThat(decided.get(0).evaluatedAt()).isAfter(firstTime);
  }

  @Test
  void theRulesThatRoutedAndStaffedAHandoffAreInTheTrailAndTheRepReadsThemInTheTask() {
    String leadId = ProcessScenario.newLeadId();
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(leadId));
    org.camunda.bpm.engine.task.Task qualify = leads.task(pi, QUALIFY_LEAD);

    List<DecisionTrail.Evaluation> decided = trail.of(leadId);

    DecisionTrail.Evaluation routed = decided.stream().filter(e -> e.decision().equals("handoff-routing")).findFirst()
        .orElseThrow(() -> new AssertionError("handoff-routing is not in the trail: " + decided));
    assertThat(routed.processInstanceId()).isEqualTo(pi);
    assertThat(routed.activityId()).isEqualTo(QUALIFY_LEAD);
    assertThat(routed.inputs()).containsEntry("Handoff", "QUALIFY_LEAD").containsEntry("Priority", "HOT");
    assertThat(routed.matchedRules()).singleElement().satisfies(rule -> {
      assertThat(rule.ruleId()).isEqualTo("Rule_QualifyLeadHot");
      assertThat(rule.annotation()).startsWith("Hot leads go round-robin");
      assertThat(rule.outputs()).containsEntry("assignment", "ROUND_ROBIN");
    });
    assertThat(decided).extracting(DecisionTrail.Evaluation::decision).contains("raci", "handoff-sla");

    String why = (String) runtime.getVariable(qualify.getExecutionId(), "whyThisCameToYou");
    assertThat(why).contains("Fit tier A", "priority HOT", "Assigned to " + qualify.getAssignee(),
        "Hot leads go round-robin to the SDR queue", "handoff-routing, version " + routed.version());
  }

  @Test
  void aSubjectWithoutProcessesHasNoDecisions() {
    assertThat(trail.of("L-nobody")).isEmpty();
  }
}
