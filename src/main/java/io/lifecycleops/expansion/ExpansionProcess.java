package io.lifecycleops.expansion;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;

/** The expansion process's API (LIFECYCLE.md 3.5). The model is bpmn/expansion.bpmn; business key = account id. */
public final class ExpansionProcess {

  public static final String KEY = "expansion";

  public static final class Elements {
    public static final String QUALIFY_SIGNAL = "BusinessRuleTask_QualifyExpansionSignal";
    public static final String QUALIFY_EXPANSION = "UserTask_QualifyExpansion";
    public static final String OPEN_OPPORTUNITY = "ServiceTask_OpenExpansionOpportunity";
    public static final String EXPANSION_CLOSED = "IntermediateCatchEvent_ExpansionClosed";
    public static final String END_NOT_QUALIFIED = "EndEvent_SignalNotQualified";
    public static final String END_NOT_PURSUED = "EndEvent_NotPursued";
    public static final String END_WON = "EndEvent_ExpansionWon";
    public static final String END_LOST = "EndEvent_ExpansionLost";

    private Elements() {}
  }

  /** What an instance starts with, from the first signal; each component is the variable of its name. */
  public record Start(String accountId, String accountName, String segment, String region, String accountOwner, String signal,
      String signals, Object signalHistory, String expansionOutcome, String currency, String subjectLabel) {}

  public static final class Variables extends AccountVariables {
    public static final ProcessVariable<String> SIGNAL = ProcessVariable.text("signal");
    public static final ProcessVariable<String> SIGNALS = ProcessVariable.text("signals");
    /** Every signal that joined, as a JSON array of texts (a JSON variable: no length limit). */
    public static final ProcessVariable<Object> SIGNAL_HISTORY = ProcessVariable.any("signalHistory");
    public static final ProcessVariable<Boolean> SIGNAL_QUALIFIED = ProcessVariable.flag("signalQualified");
    public static final ProcessVariable<String> PLAY = ProcessVariable.text("play");
    public static final ProcessVariable<String> OWNER_ROLE = ProcessVariable.text("ownerRole");
    public static final ProcessVariable<Boolean> EXPANSION_QUALIFIED = ProcessVariable.flag("expansionQualified");
    public static final ProcessVariable<String> EXPANSION_PLAY = ProcessVariable.text("expansionPlay");
    public static final ProcessVariable<Double> EXPANSION_AMOUNT = ProcessVariable.number("expansionAmount");
    public static final ProcessVariable<String> EXPANSION_OPPORTUNITY_ID = ProcessVariable.text("expansionOpportunityId");
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("expansionOutcome");
    public static final ProcessVariable<Double> WON_AMOUNT = ProcessVariable.number("wonAmount");

    private Variables() {}
  }

  private ExpansionProcess() {}
}
