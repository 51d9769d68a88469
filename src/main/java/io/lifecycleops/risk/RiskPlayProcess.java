package io.lifecycleops.risk;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;
import java.util.Date;

/**
 * The risk-play process's API (LIFECYCLE.md 3.6). The model is bpmn/risk-play.bpmn; business key = account id, one
 * open play per account (later signals join it).
 */
public final class RiskPlayProcess {

  public static final String KEY = "risk-play";
  /** The signals cleared: the play closes by itself if they stay clear for the table's cool-down. */
  public static final String SIGNALS_CLEARED = "RiskSignalsCleared";
  /** The signals stayed clear for the cool-down: ends the CSM's investigation, which ends the play. */
  public static final String PLAY_CLEARED = "RiskPlayCleared";

  public static final class Elements {
    public static final String INVESTIGATE = "UserTask_InvestigateAccountRisk";
    public static final String REVIEW = "UserTask_ReviewAccountRisk";
    public static final String COOL_DOWN = "IntermediateCatchEvent_CoolDownOver";
    public static final String END_RESOLVED = "EndEvent_PlayResolved";
    public static final String END_CLEARED = "EndEvent_PlayCleared";

    private Elements() {}
  }

  public static final class Handoffs {
    public static final String INVESTIGATE_ACCOUNT_RISK = "INVESTIGATE_ACCOUNT_RISK";
    public static final String REVIEW_ACCOUNT_RISK = "REVIEW_ACCOUNT_RISK";

    private Handoffs() {}
  }

  /** What a play starts with; each component is the variable of its name. */
  public record Start(String accountId, String accountName, String segment, String region, String accountOwner,
      String subjectLabel, String riskSignals, String riskSignalLabels, String severity, Integer coolDownDays) {}

  public static final class Variables extends AccountVariables {
    /** The signals behind the play now, as codes (joined by ",") and as sentences a CSM reads (one per line). */
    public static final ProcessVariable<String> RISK_SIGNALS = ProcessVariable.text("riskSignals");
    public static final ProcessVariable<String> RISK_SIGNAL_LABELS = ProcessVariable.text("riskSignalLabels");
    public static final ProcessVariable<String> SEVERITY = ProcessVariable.text("severity");
    public static final ProcessVariable<Integer> COOL_DOWN_DAYS = ProcessVariable.integer("coolDownDays");
    /** When the signals last cleared; null while they say there is a risk. */
    public static final ProcessVariable<Date> SIGNALS_CLEARED_AT = ProcessVariable.instant("signalsClearedAt");
    /** The CSM's answer: the recovery plan they ran. */
    public static final ProcessVariable<String> RECOVERY_PLAN = ProcessVariable.text("recoveryPlan");
    /** Element variable of the consulted teams' reviews. */
    public static final ProcessVariable<String> CONSULTED_GROUP = ProcessVariable.text("consultedGroup");

    private Variables() {}
  }

  private RiskPlayProcess() {}
}
