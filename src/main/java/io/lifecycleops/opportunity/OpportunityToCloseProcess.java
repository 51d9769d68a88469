package io.lifecycleops.opportunity;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;
import java.util.Date;

/**
 * The opportunity-to-close process's API (LIFECYCLE.md 3.2). The model is bpmn/opportunity-to-close.bpmn; business
 * key = opportunity id. The deal itself (stage, amount, close date, criteria, forecast) is stored in the opportunity
 * book; the process moves it.
 */
public final class OpportunityToCloseProcess {

  public static final String KEY = "opportunity-to-close";
  /** Moves a running deal: the owner's or manager's move from outside the stage's own task, or the CRM's. */
  public static final String MOVE_MESSAGE = "DealMoveRequested";

  public static final class Elements {
    public static final String ENTER_STAGE = "ServiceTask_EnterStage";
    public static final String WORK_STAGE = "SubProcess_WorkStage";
    public static final String ADVANCE = "UserTask_AdvanceDeal";
    public static final String CHECK_CRITERIA = "BusinessRuleTask_CheckExitCriteria";
    public static final String COMPLETE_CRITERIA = "UserTask_CompleteDealCriteria";
    public static final String MOVE_REQUESTED = "BoundaryEvent_DealMoveRequested";
    public static final String STAGE_STALE = "BoundaryEvent_StageStale";
    public static final String CLOSE_DATE_PASSED = "BoundaryEvent_CloseDatePassed";
    public static final String REVIEW_STALLED_DEAL = "UserTask_ReviewStalledDeal";
    public static final String END_WON = "EndEvent_DealWon";
    public static final String END_LOST = "EndEvent_DealLost";

    private Elements() {}
  }

  /** The handoff keys of its tasks (rows of raci, handoff-sla, handoff-routing). */
  public static final class Handoffs {
    public static final String ADVANCE_DEAL = "ADVANCE_DEAL";
    public static final String COMPLETE_DEAL_CRITERIA = "COMPLETE_DEAL_CRITERIA";
    public static final String REVIEW_STALLED_DEAL = "REVIEW_STALLED_DEAL";

    private Handoffs() {}
  }

  /** What an instance starts with; each component is the variable of its name. */
  public record Start(String opportunityId, String accountId, String accountName, String opportunityName, String segment,
      String region, String accountOwner, String subjectLabel, String requestedStage, Date staleSince) {}

  public static final class Variables extends AccountVariables {
    public static final ProcessVariable<String> OPPORTUNITY_ID = ProcessVariable.text("opportunityId");
    public static final ProcessVariable<String> OPPORTUNITY_NAME = ProcessVariable.text("opportunityName");
    /** The stage a move asks for (the owner's task, the CRM, a manager); null while none is pending. */
    public static final ProcessVariable<String> REQUESTED_STAGE = ProcessVariable.text("requestedStage");
    /** The move's exit criteria are not all met: the owner completes them first. */
    public static final ProcessVariable<Boolean> CRITERIA_MISSING = ProcessVariable.flag("dealCriteriaMissing");
    /** What is missing, as criterion names (joined by ",") and as labels a person reads (joined by ", "). */
    public static final ProcessVariable<String> MISSING_CRITERIA = ProcessVariable.text("missingCriteria");
    public static final ProcessVariable<String> MISSING_CRITERIA_LABELS = ProcessVariable.text("missingCriteriaLabels");
    /** Form fields of a move: terms, the owner's forecast call, and what closing needs. */
    public static final ProcessVariable<Double> AMOUNT = ProcessVariable.number("amount");
    public static final ProcessVariable<String> CLOSE_DATE = ProcessVariable.text("closeDate");
    public static final ProcessVariable<String> OWNER_CALL = ProcessVariable.text("ownerCall");
    public static final ProcessVariable<String> LOST_REASON = ProcessVariable.text("lostReason");
    public static final ProcessVariable<String> LOST_NOTE = ProcessVariable.text("lostNote");
    /**
     * The CRM closed the deal (closed_won, or expansion.closed for an expansion deal): it closes here without the exit
     * criteria, and nothing downstream starts twice (the event that closed it started it).
     */
    public static final ProcessVariable<Boolean> CLOSED_ELSEWHERE = ProcessVariable.flag("closedElsewhere");
    /** The stale clock counts from here: the stage's entry, or a manager's review that pushed the deal on. */
    public static final ProcessVariable<Date> STALE_SINCE = ProcessVariable.instant("staleSince");
    /**
     * What the review timers last fired for (the stale clock's start, the close date): the stage's work is entered
     * again on every update, and a timer whose moment was already reviewed must not ask the manager again.
     */
    public static final ProcessVariable<Date> STALE_FLAGGED_FOR = ProcessVariable.instant("staleFlaggedFor");
    public static final ProcessVariable<String> CLOSE_DATE_FLAGGED = ProcessVariable.text("closeDateFlagged");
    /** Why the manager reviews it (STALE_STAGE, CLOSE_DATE_PASSED) and what they decided. */
    public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text("reviewReason");
    public static final ProcessVariable<String> REVIEW_ACTION = ProcessVariable.text("reviewAction");
    public static final ProcessVariable<String> NEW_CLOSE_DATE = ProcessVariable.text("newCloseDate");
    public static final ProcessVariable<String> MOVE_BACK_TO = ProcessVariable.text("moveBackTo");

    private Variables() {}
  }

  private OpportunityToCloseProcess() {}
}
