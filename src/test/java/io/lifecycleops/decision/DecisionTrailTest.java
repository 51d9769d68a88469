package io.lifecycleops.decision;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aSubjectWithoutProcessesHasNoDecisions() {
    assertThat(trail.of(trail.instancesOf("L-nobody"))).isEmpty();
  }
}
