package io.lifecycleops.onboarding;

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

  public static final class Variables {
    // From opportunity.closed_won.
    public static final String ACCOUNT_ID = "accountId";
    public static final String OPPORTUNITY_ID = "opportunityId";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String SEGMENT = "segment";
    public static final String REGION = "region";
    public static final String ARR = "arr";
    public static final String CURRENCY = "currency";
    public static final String TERM_START = "termStart";
    public static final String TERM_END = "termEnd";
    public static final String SEATS = "seats";
    public static final String PRODUCTS = "products";
    public static final String CHAMPION = "champion";
    public static final String ECONOMIC_BUYER = "economicBuyer";
    public static final String TECHNICAL_CONTACT = "technicalContact";
    public static final String SUCCESS_CRITERIA = "successCriteria";
    public static final String COMMITMENTS = "commitments";
    public static final String IMPLEMENTATION_DEADLINE = "implementationDeadline";
    public static final String AE = "accountExecutive";
    public static final String CLOSED_WON_AT = "closedWonAt";
    // Set by the process.
    public static final String ACCOUNT_OWNER = "accountOwner";
    public static final String HANDOFF_COMPLETE = "handoffComplete";
    public static final String MISSING_HANDOFF_FIELDS = "missingHandoffFields";
    public static final String MISSING_HANDOFF_TEXT = "missingHandoffText";
    public static final String MOTION = "motion";
    public static final String CS_GROUP = "csGroup";
    public static final String KICKOFF_SLA = "kickoffSla";
    public static final String FIRST_VALUE_TARGET = "firstValueTarget";
    public static final String CSM = "customerSuccessManager";
    public static final String MISSING_EXIT_CRITERIA = "missingExitCriteria";
    public static final String EXIT_CRITERIA_MET = "exitCriteriaMet";
    public static final String OUTCOME = "outcome";
    // Milestones (events, or the CSM's confirmation) and forms.
    public static final String TECHNICAL_SETUP_DONE = "technicalSetupDone";
    public static final String FIRST_VALUE_REACHED = "firstValueReached";
    public static final String ACTIVE_USERS = "activeUsers";
    public static final String KICKOFF_AT = "kickoffAt";
    public static final String KICKOFF_HELD = "kickoffHeld";
    public static final String SUCCESS_CRITERIA_CONFIRMED = "successCriteriaConfirmed";

    private Variables() {}
  }

  public enum Outcome {
    ONBOARDED,
    STALLED,
    OWNERSHIP_CONFLICT
  }

  private ClosedWonToOnboardingProcess() {}
}
