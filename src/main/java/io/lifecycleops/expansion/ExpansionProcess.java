package io.lifecycleops.expansion;

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

  public static final class Variables {
    public static final String ACCOUNT_ID = "accountId";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String SEGMENT = "segment";
    public static final String REGION = "region";
    public static final String ACCOUNT_OWNER = "accountOwner";
    public static final String SIGNAL = "signal";
    public static final String SIGNALS = "signals";
    /** Every signal that joined, as a JSON array of texts (a JSON variable: no length limit). */
    public static final String SIGNAL_HISTORY = "signalHistory";
    public static final String SIGNAL_QUALIFIED = "signalQualified";
    public static final String PLAY = "play";
    public static final String OWNER_ROLE = "ownerRole";
    public static final String EXPANSION_QUALIFIED = "expansionQualified";
    public static final String EXPANSION_PLAY = "expansionPlay";
    public static final String EXPANSION_AMOUNT = "expansionAmount";
    public static final String EXPANSION_OPPORTUNITY_ID = "expansionOpportunityId";
    public static final String OUTCOME = "expansionOutcome";
    public static final String WON_AMOUNT = "wonAmount";
    public static final String CURRENCY = "currency";

    private Variables() {}
  }

  private ExpansionProcess() {}
}
