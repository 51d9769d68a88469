package io.lifecycleops.onboarding;

import static io.lifecycleops.sla.HandoffElements.resolveBreach;
import static io.lifecycleops.sla.HandoffElements.slaBreached;
import static io.lifecycleops.ledger.LedgerEventType.*;
import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables;
import io.lifecycleops.onboarding.OnboardingMilestones.Milestone;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.ownership.OwnershipTransfers;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.EventData;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One scenario per path of closed-won-to-onboarding (LIFECYCLE.md 3.3). */
@ProcessTest
class ClosedWonToOnboardingProcessTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired ProcessEngine engine;
  @Autowired EventIntake intake;
  @Autowired ObjectMapper json;
  @Autowired ProcessScenario scenario;
  @Autowired TestClock clock;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired AccountDirectory accounts;
  @Autowired OwnershipTransfers transfers;
  @Autowired OnboardingMilestones milestones;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  static Map<String, Object> completeEnterprisePackage(String accountId) {
    return EventData.closedWon(accountId);
  }

  private String closedWon(Map<String, Object> data) {
    return intake.accept(CloudEvents.from("test/crm", ClosedWonEventHandler.TYPE, data)).processInstanceId();
  }

  private ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static String newAccount() {
    return "acct-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  /** Runs the transfer to CS, which continues asynchronously after the close (the job executor is off in tests). */
  private void transfer(String pi) {
    scenario.fireTimer(pi, TRANSFER_TO_CSM);
  }

  private String acceptedAndKickedOff(String accountId, Map<String, Object> data) {
    String pi = closedWon(data);
    transfer(pi);
    String csm = scenario.task(pi, ACCEPT_ACCOUNT).getAssignee();
    scenario.complete(pi, ACCEPT_ACCOUNT, csm, Map.of(Variables.KICKOFF_AT.name(), "2026-12-03T10:00+01:00"));
    scenario.complete(pi, HOLD_KICKOFF, csm, Map.of(Variables.KICKOFF_HELD.name(), true, Variables.SUCCESS_CRITERIA_CONFIRMED.name(), true));
    return pi;
  }

  static Instant berlin(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
  }

  @Test
  void completeEnterprisePackageGoesToAnEnterpriseCsmWhoSeesTheWholePackage() {
    String accountId = newAccount();
    String pi = closedWon(completeEnterprisePackage(accountId));

    assertThat(instance(pi)).isWaitingAt(TRANSFER_TO_CSM).hasPassed(RECORD_CLOSED_WON, CHECK_COMPLETENESS, CHOOSE_MOTION);
    assertThat(instance(pi)).variables().containsEntry(Variables.MOTION.name(), "HIGH_TOUCH").containsEntry(Variables.CS_GROUP.name(), "cs-enterprise");
    transfer(pi);

    Task accept = scenario.task(pi, ACCEPT_ACCOUNT);
    String csm = accept.getAssignee();
    assertThat(identity.createUserQuery().memberOfGroup("cs-enterprise").userId(csm).count()).isEqualTo(1);
    assertThat(groups(accept)).containsExactly("cs-enterprise");
    assertThat(accept.getName()).isEqualTo("Accept account and schedule kickoff — Globex " + accountId + " (ENTERPRISE)");
    // Two business days from Monday 10:00 in Berlin.
    assertThat(accept.getDueDate().toInstant()).isEqualTo(berlin(12, 2, 10, 0));
    Map<String, Object> packageSeen = tasks.getVariables(accept.getId());
    assertThat(packageSeen).containsEntry(Variables.COMMITMENTS.name(), "SSO in the first month\nPrice locked for 2 years")
        .containsEntry(Variables.ECONOMIC_BUYER.name(), "Lisa Chen (CFO)").containsEntry(Variables.ARR.name(), 240000.0);
    assertThat(accounts.byId(accountId).orElseThrow().owner()).isEqualTo(csm);
    assertThat(transfers.history(accountId)).singleElement().satisfies(t -> {
      assertThat(t.from()).isEqualTo("ethan");
      assertThat(t.to()).isEqualTo(csm);
      assertThat(t.reason()).contains("closed-won");
    });
    LedgerEntry revenue = scenario.ledger(accountId, REVENUE).get(0);
    assertThat(revenue.details()).containsEntry("kind", "NEW").containsEntry("arr", 240000.0).containsEntry("currency", "EUR")
        .containsEntry("periodStart", "2026-12-01").containsEntry("periodEnd", "2027-11-30");
    assertThat(scenario.ledger(accountId, OWNER_CHANGED).get(0).details()).containsEntry("from", "ethan").containsEntry("to", csm);
  }

  @Test
  void incompletePackageGoesBackToTheAeWithTheMissingItemsUntilComplete() {
    String accountId = newAccount();
    Map<String, Object> data = completeEnterprisePackage(accountId);
    data.remove("economicBuyer");
    data.remove("commitments");
    String pi = closedWon(data);

    assertThat(instance(pi)).isWaitingAt(COMPLETE_HANDOFF_PACKAGE);
    Task complete = scenario.task(pi, COMPLETE_HANDOFF_PACKAGE);
    assertThat(complete.getAssignee()).isEqualTo("ethan");
    assertThat(groups(complete)).containsExactly("ae-enterprise");
    assertThat(scenario.variable(pi, Variables.MISSING_HANDOFF_TEXT.name())).isEqualTo("Economic buyer, Commitments made by sales");

    scenario.complete(pi, COMPLETE_HANDOFF_PACKAGE, "ethan", Map.of(Variables.ECONOMIC_BUYER.name(), "Lisa Chen (CFO)"));
    assertThat(instance(pi)).isWaitingAt(COMPLETE_HANDOFF_PACKAGE);
    assertThat(scenario.variable(pi, Variables.MISSING_HANDOFF_TEXT.name())).isEqualTo("Commitments made by sales");

    scenario.complete(pi, COMPLETE_HANDOFF_PACKAGE, "ethan", Map.of(Variables.COMMITMENTS.name(), "Quarterly business reviews"));
    assertThat(instance(pi)).isWaitingAt(TRANSFER_TO_CSM);
  }

  @Test
  void midMarketDealsAreLowTouchUnlessLargeAndSmbIsTechTouch() {
    Map<String, Object> small = completeEnterprisePackage(newAccount());
    small.put("segment", "MID_MARKET");
    small.put("arr", 50000);
    Map<String, Object> large = completeEnterprisePackage(newAccount());
    large.put("segment", "MID_MARKET");
    large.put("arr", 150000);
    Map<String, Object> smb = completeEnterprisePackage(newAccount());
    smb.put("segment", "SMB");
    smb.put("arr", 9000);
    smb.put("accountExecutive", "noah");

    assertThat(scenario.variable(closedWon(small), Variables.MOTION.name())).isEqualTo("LOW_TOUCH");
    assertThat(scenario.variable(closedWon(large), Variables.MOTION.name())).isEqualTo("HIGH_TOUCH");
    String smbPi = closedWon(smb);
    assertThat(scenario.variable(smbPi, Variables.MOTION.name())).isEqualTo("TECH_TOUCH");
    transfer(smbPi);
    assertThat(groups(scenario.task(smbPi, ACCEPT_ACCOUNT))).containsExactly("cs-scaled");
  }

  @Test
  void kickoffIsDueAtTheKickoffSlaCountedFromTheCloseAndALateKickoffEscalates() {
    String accountId = newAccount();
    String pi = closedWon(completeEnterprisePackage(accountId));
    transfer(pi);
    clock.set(berlin(12, 1, 15, 0));
    String csm = scenario.task(pi, ACCEPT_ACCOUNT).getAssignee();
    scenario.complete(pi, ACCEPT_ACCOUNT, csm, Map.of(Variables.KICKOFF_AT.name(), "2026-12-04T10:00+01:00"));

    // High touch: five business days from the close on Monday 30 Nov 10:00 = Monday 7 Dec 10:00.
    Task kickoff = scenario.task(pi, HOLD_KICKOFF);
    assertThat(kickoff.getDueDate().toInstant()).isEqualTo(berlin(12, 7, 10, 0));
    assertThat(kickoff.getAssignee()).isEqualTo(csm);

    clock.set(berlin(12, 7, 10, 1));
    scenario.fireTimer(pi, slaBreached(HOLD_KICKOFF)); // the kickoff's breach timer
    assertThat(groups(scenario.task(pi, resolveBreach(HOLD_KICKOFF)))).containsExactly("cs-managers");
  }

  @Test
  void firstValueInTimeEndsOnboardedWithTheAccountAdopting() {
    String accountId = newAccount();
    String pi = acceptedAndKickedOff(accountId, completeEnterprisePackage(accountId));
    assertThat(instance(pi)).isWaitingAt(TECHNICAL_SETUP_DONE, FIRST_VALUE_BY_TARGET);

    milestones.reach(accountId, Milestone.TECHNICAL_SETUP_DONE, null);
    milestones.reach(accountId, Milestone.FIRST_VALUE, 55);

    assertThat(instance(pi)).isNull();
    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("ONBOARDED");
    assertThat(accounts.byId(accountId).orElseThrow().stage()).isEqualTo("ADOPTING");
    assertThat(scenario.ledger(accountId, STAGE_ENTERED).stream().map(LedgerEntry::stage))
        .containsExactly("CLOSED_WON", "ONBOARDING", "ADOPTING");
    assertThat(scenario.ledger(accountId, MILESTONE_REACHED)).hasSize(2);
    assertThat(scenario.ledger(accountId, SLA_MET).stream().map(e -> e.details().get("handoff")))
        .as("accepted and kicked off on time").containsExactly("ACCEPT_ACCOUNT", "HOLD_KICKOFF");
  }

  @Test
  void milestoneReportedBeforeTheKickoffIsNotLost() {
    String accountId = newAccount();
    String pi = closedWon(completeEnterprisePackage(accountId));
    milestones.reach(accountId, Milestone.TECHNICAL_SETUP_DONE, null); // product analytics is quick
    transfer(pi);
    String csm = scenario.task(pi, ACCEPT_ACCOUNT).getAssignee();
    scenario.complete(pi, ACCEPT_ACCOUNT, csm, Map.of(Variables.KICKOFF_AT.name(), "2026-12-03T10:00+01:00"));
    scenario.complete(pi, HOLD_KICKOFF, csm, Map.of(Variables.KICKOFF_HELD.name(), true, Variables.SUCCESS_CRITERIA_CONFIRMED.name(), true));

    assertThat(instance(pi)).isWaitingAt(FIRST_VALUE_BY_TARGET).hasPassed(TECHNICAL_SETUP_DONE);
  }

  @Test
  void missedFirstValueTargetFlagsTheOnboardingAtRiskForTheCsManagerAndInformsTheAe() {
    String accountId = newAccount();
    String pi = acceptedAndKickedOff(accountId, completeEnterprisePackage(accountId));
    milestones.reach(accountId, Milestone.TECHNICAL_SETUP_DONE, null);

    // High touch: first value within 30 days of the close.
    assertThat(scenario.timer(pi, FIRST_VALUE_TARGET_PASSED).getDuedate().toInstant())
        .isEqualTo(TestClock.MONDAY_10_BERLIN.plus(java.time.Duration.ofDays(30)));
    clock.set(TestClock.MONDAY_10_BERLIN.plus(java.time.Duration.ofDays(30)));
    scenario.fireTimer(pi, FIRST_VALUE_TARGET_PASSED);

    Task atRisk = scenario.task(pi, HANDLE_AT_RISK);
    assertThat(groups(atRisk)).containsExactly("cs-managers");
    assertThat(scenario.ledger(accountId, ONBOARDING_AT_RISK)).singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("informed", "ethan").containsEntry("firstValueTarget", "P30D"));

    milestones.reach(accountId, Milestone.FIRST_VALUE, 60);
    assertThat(instance(pi)).isNull();
    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("ONBOARDED");
  }

  @Test
  void tooFewActiveUsersEndsTheOnboardingStalled() {
    String accountId = newAccount();
    String pi = acceptedAndKickedOff(accountId, completeEnterprisePackage(accountId));

    milestones.reach(accountId, Milestone.TECHNICAL_SETUP_DONE, null);
    milestones.reach(accountId, Milestone.FIRST_VALUE, 39); // 39 of 100 seats

    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("STALLED");
    assertThat(accounts.byId(accountId).orElseThrow().stage()).isEqualTo("STALLED");
    LedgerEntry stalled = scenario.ledger(accountId, STAGE_ENTERED).get(2);
    assertThat(stalled.stage()).isEqualTo("STALLED");
    assertThat(stalled.details().get("missing")).isEqualTo(List.of("ACTIVE_USERS_40_PERCENT"));
  }

  @Test
  void accountThatChangedHandsBeforeTheTransferIsNotTakenFromItsNewOwner() {
    String accountId = newAccount();
    String pi = closedWon(completeEnterprisePackage(accountId));
    // Someone else moved the account first (another process or an admin).
    transfers.transfer(accountId, "ethan", "olivia", "territory change", null);

    transfer(pi);

    assertThat(instance(pi)).isNull();
    assertThat(scenario.variableFromHistory(pi, Variables.OUTCOME.name())).isEqualTo("OWNERSHIP_CONFLICT");
    assertThat(accounts.byId(accountId).orElseThrow().owner()).isEqualTo("olivia");
    assertThat(transfers.history(accountId)).hasSize(1);
    assertThat(scenario.ledger(accountId, io.lifecycleops.ledger.LedgerEventType.OWNERSHIP_CONFLICT)).hasSize(1);
  }
}
