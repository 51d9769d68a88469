package io.lifecycleops.renewal;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;
import java.util.Date;

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

  /** What an instance starts with when a contract opens; each component is the variable of its name. */
  public record Start(String accountId, String accountName, String contractId, String segment, String region, Double arr,
      String currency, String termStart, String termEnd, Integer seats, String accountOwner, Boolean renewalWindowOpen,
      Boolean savePlanStarted, String renewalRisk, String renewalOutcome, String subjectLabel) {}

  public static final class Variables extends AccountVariables {
    public static final ProcessVariable<String> CONTRACT_ID = ProcessVariable.text("contractId");
    public static final ProcessVariable<Date> RENEWAL_WINDOW_OPENS_AT = ProcessVariable.instant("renewalWindowOpensAt");
    public static final ProcessVariable<Date> CONTRACT_ENDS_AT = ProcessVariable.instant("contractEndsAt");
    public static final ProcessVariable<Boolean> WINDOW_OPEN = ProcessVariable.flag("renewalWindowOpen");
    public static final ProcessVariable<String> RISK = ProcessVariable.text("renewalRisk");
    public static final ProcessVariable<String> FORECAST_CATEGORY = ProcessVariable.text("forecastCategory");
    public static final ProcessVariable<Boolean> SAVE_PLAN_STARTED = ProcessVariable.flag("savePlanStarted");
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("renewalOutcome");
    public static final ProcessVariable<Double> RENEWED_ARR = ProcessVariable.number("renewedArr");
    public static final ProcessVariable<String> NEW_TERM_END = ProcessVariable.text("newTermEnd");
    public static final ProcessVariable<String> CHURN_REASON = ProcessVariable.text("churnReason");

    private Variables() {}
  }

  private RenewalProcess() {}
}
