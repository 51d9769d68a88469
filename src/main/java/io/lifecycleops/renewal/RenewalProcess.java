package io.lifecycleops.renewal;

/** The renewal process's API (LIFECYCLE.md 3.4). The model is bpmn/renewal.bpmn; business key = account id. */
public final class RenewalProcess {

  public static final String KEY = "renewal";

  public static final class Elements {
    public static final String DETERMINE_WINDOW = "BusinessRuleTask_DetermineRenewalWindow";
    public static final String WINDOW_OPENS = "IntermediateCatchEvent_RenewalWindowOpens";
    public static final String ASSESS_RISK = "BusinessRuleTask_AssessRenewalRisk";
    public static final String PREPARE_RENEWAL = "UserTask_PrepareRenewal";
    public static final String OUTCOME_OR_END = "Gateway_OutcomeBeforeContractEnd";
    public static final String RENEWED_OR_CHURNED = "Gateway_RenewalOutcome";
    public static final String CONTRACT_END_PASSED = "IntermediateCatchEvent_ContractEndPassed";
    public static final String HANDLE_OVERDUE = "UserTask_HandleOverdueRenewal";
    public static final String RUN_SAVE_PLAN = "UserTask_RunSavePlan";
    public static final String RECORD_RENEWAL = "ServiceTask_RecordRenewal";
    public static final String RECORD_CHURN = "ServiceTask_RecordChurn";
    public static final String END_RENEWED = "EndEvent_Renewed";
    public static final String END_CHURNED = "EndEvent_Churned";

    private Elements() {}
  }

  public static final class Variables {
    public static final String ACCOUNT_ID = "accountId";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String CONTRACT_ID = "contractId";
    public static final String SEGMENT = "segment";
    public static final String REGION = "region";
    public static final String ARR = "arr";
    public static final String CURRENCY = "currency";
    public static final String TERM_START = "termStart";
    public static final String TERM_END = "termEnd";
    public static final String SEATS = "seats";
    public static final String ACCOUNT_OWNER = "accountOwner";
    public static final String RENEWAL_WINDOW_OPENS_AT = "renewalWindowOpensAt";
    public static final String CONTRACT_ENDS_AT = "contractEndsAt";
    public static final String WINDOW_OPEN = "renewalWindowOpen";
    public static final String RISK = "renewalRisk";
    public static final String FORECAST_CATEGORY = "forecastCategory";
    public static final String SAVE_PLAN_STARTED = "savePlanStarted";
    public static final String OUTCOME = "renewalOutcome";
    public static final String RENEWED_ARR = "renewedArr";
    public static final String NEW_TERM_END = "newTermEnd";
    public static final String CHURN_REASON = "churnReason";

    private Variables() {}
  }

  private RenewalProcess() {}
}
