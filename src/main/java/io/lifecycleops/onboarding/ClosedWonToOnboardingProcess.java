package io.lifecycleops.onboarding;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The closed-won-to-onboarding process's API (LIFECYCLE.md 3.3): key, element ids, handoffs and
 * variables, used by code and tests. The model is bpmn/closed-won-to-onboarding.bpmn.
 */
public final class ClosedWonToOnboardingProcess {

  public static final String KEY = "closed-won-to-onboarding";

  public static final class Elements {
    public static final String START = "StartEvent_OpportunityClosedWon";
    public static final String RECORD_CLOSED_WON = "ServiceTask_RecordClosedWon";
    public static final String CHECK_COMPLETENESS = "BusinessRuleTask_CheckHandoffCompleteness";
    public static final String COMPLETE_HANDOFF_PACKAGE = "UserTask_CompleteHandoffPackage";
    public static final String CHOOSE_MOTION = "BusinessRuleTask_ChooseOnboardingMotion";
    public static final String TRANSFER_TO_CSM = "ServiceTask_TransferAccountToCsm";
    public static final String OWNERSHIP_CONFLICT = "BoundaryEvent_OwnershipConflict";
    public static final String ACCEPT_ACCOUNT = "UserTask_AcceptAccount";
    public static final String HOLD_KICKOFF = "UserTask_HoldKickoff";
    public static final String TECHNICAL_SETUP_DONE = "IntermediateCatchEvent_TechnicalSetupDone";
    /** Event-based gateway: first value, or the first-value target passing, whichever comes first. */
    public static final String FIRST_VALUE_BY_TARGET = "Gateway_FirstValueByTarget";
    public static final String FIRST_VALUE_REACHED = "IntermediateCatchEvent_FirstValueReached";
    public static final String FIRST_VALUE_TARGET_PASSED = "IntermediateCatchEvent_FirstValueTargetPassed";
    public static final String FIRST_VALUE_REACHED_LATE = "IntermediateCatchEvent_FirstValueReachedLate";
    public static final String FLAG_AT_RISK = "ServiceTask_FlagOnboardingAtRisk";
    public static final String HANDLE_AT_RISK = "UserTask_HandleOnboardingAtRisk";
    public static final String CHECK_EXIT_CRITERIA = "BusinessRuleTask_CheckOnboardingExitCriteria";
    public static final String END_ONBOARDED = "EndEvent_Onboarded";
    public static final String END_STALLED = "EndEvent_Stalled";
    public static final String END_OWNERSHIP_CONFLICT = "EndEvent_OwnershipConflict";

    public static final List<String> HANDOFF_TASKS = List.of(COMPLETE_HANDOFF_PACKAGE, ACCEPT_ACCOUNT, HOLD_KICKOFF, HANDLE_AT_RISK);

    private Elements() {}
  }

  public static final class Decisions {
    public static final String HANDOFF_COMPLETENESS = "handoff-completeness";
    public static final String ONBOARDING_MOTION = "onboarding-motion";
    public static final String ONBOARDING_EXIT_CRITERIA = "onboarding-exit-criteria";

    private Decisions() {}
  }

  /** What an instance starts with, from opportunity.closed_won; each component is the variable of its name. */
  public record Start(String accountId, String opportunityId, String accountName, String segment, String region, Double arr,
      String currency, String termStart, String termEnd, Integer seats, String products, String champion, String economicBuyer,
      String technicalContact, String successCriteria, String commitments, String implementationDeadline,
      String accountExecutive, String accountOwner, Date closedWonAt, Boolean technicalSetupDone, Boolean firstValueReached,
      String subjectLabel) {}

  public static final class Variables extends AccountVariables {
    // From opportunity.closed_won.
    public static final ProcessVariable<String> OPPORTUNITY_ID = ProcessVariable.text("opportunityId");
    public static final ProcessVariable<String> PRODUCTS = ProcessVariable.text("products");
    public static final ProcessVariable<String> CHAMPION = ProcessVariable.text("champion");
    public static final ProcessVariable<String> ECONOMIC_BUYER = ProcessVariable.text("economicBuyer");
    public static final ProcessVariable<String> TECHNICAL_CONTACT = ProcessVariable.text("technicalContact");
    public static final ProcessVariable<String> SUCCESS_CRITERIA = ProcessVariable.text("successCriteria");
    public static final ProcessVariable<String> COMMITMENTS = ProcessVariable.text("commitments");
    public static final ProcessVariable<String> IMPLEMENTATION_DEADLINE = ProcessVariable.text("implementationDeadline");
    public static final ProcessVariable<String> AE = ProcessVariable.text("accountExecutive");
    public static final ProcessVariable<Date> CLOSED_WON_AT = ProcessVariable.instant("closedWonAt");
    // Set by the process.
    public static final ProcessVariable<Boolean> HANDOFF_COMPLETE = ProcessVariable.flag("handoffComplete");
    public static final ProcessVariable<String> MISSING_HANDOFF_FIELDS = ProcessVariable.text("missingHandoffFields");
    public static final ProcessVariable<String> MISSING_HANDOFF_TEXT = ProcessVariable.text("missingHandoffText");
    public static final ProcessVariable<String> MOTION = ProcessVariable.text("motion");
    public static final ProcessVariable<String> CS_GROUP = ProcessVariable.text("csGroup");
    public static final ProcessVariable<String> KICKOFF_SLA = ProcessVariable.text("kickoffSla");
    public static final ProcessVariable<String> FIRST_VALUE_TARGET = ProcessVariable.text("firstValueTarget");
    public static final ProcessVariable<String> CSM = ProcessVariable.text("customerSuccessManager");
    public static final ProcessVariable<String> MISSING_EXIT_CRITERIA = ProcessVariable.text("missingExitCriteria");
    public static final ProcessVariable<Boolean> EXIT_CRITERIA_MET = ProcessVariable.flag("exitCriteriaMet");
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("outcome");
    // Milestones (events, or the CSM's confirmation) and forms.
    public static final ProcessVariable<Boolean> TECHNICAL_SETUP_DONE = ProcessVariable.flag("technicalSetupDone");
    public static final ProcessVariable<Boolean> FIRST_VALUE_REACHED = ProcessVariable.flag("firstValueReached");
    public static final ProcessVariable<Integer> ACTIVE_USERS = ProcessVariable.integer("activeUsers");
    public static final ProcessVariable<String> KICKOFF_AT = ProcessVariable.text("kickoffAt");
    public static final ProcessVariable<Boolean> KICKOFF_HELD = ProcessVariable.flag("kickoffHeld");
    public static final ProcessVariable<Boolean> SUCCESS_CRITERIA_CONFIRMED = ProcessVariable.flag("successCriteriaConfirmed");

    private Variables() {}
  }

  public enum Outcome {
    ONBOARDED,
    STALLED,
    OWNERSHIP_CONFLICT
  }

  private ClosedWonToOnboardingProcess() {}
}
