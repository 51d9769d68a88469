package io.lifecycleops.advocacy;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;

/** The advocacy process's API (LIFECYCLE.md 3.7). Model bpmn/advocacy.bpmn; business key = account id. */
public final class AdvocacyProcess {

  public static final String KEY = "advocacy";

  public static final class Elements {
    public static final String ASK = "UserTask_AskForAdvocacy";

    private Elements() {}
  }

  /** What the customer agreed to, or that they declined. */
  public enum Outcome { REFERENCE, CASE_STUDY, REVIEW, DECLINED }

  /** What an ask starts with; each component is the variable of its name. */
  public record Start(String accountId, String accountName, String segment, String region, String accountOwner,
      String subjectLabel, String askedBecause, String eligibleBecause) {}

  public static final class Variables extends AccountVariables {
    /** The moment that led to the ask (ADOPTING, RENEWED, HEALTH_REPORTED) and why the table found the account eligible. */
    public static final ProcessVariable<String> ASKED_BECAUSE = ProcessVariable.text("askedBecause");
    public static final ProcessVariable<String> ELIGIBLE_BECAUSE = ProcessVariable.text("eligibleBecause");
    public static final ProcessVariable<String> ADVOCACY_OUTCOME = ProcessVariable.text("advocacyOutcome");
    public static final ProcessVariable<String> ADVOCACY_NOTES = ProcessVariable.text("advocacyNotes");

    private Variables() {}
  }

  private AdvocacyProcess() {}
}
