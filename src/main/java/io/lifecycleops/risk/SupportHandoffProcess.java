package io.lifecycleops.risk;

import io.lifecycleops.process.AccountVariables;
import io.lifecycleops.process.ProcessVariable;

/**
 * The support-handoff process's API (LIFECYCLE.md 3.6, "where does CS hand off to Support, and back again?"): a
 * ticket support escalated goes to the account's CSM, an issue a CSM hands over goes to support, each as one
 * handoff on an SLA. Model bpmn/support-handoff.bpmn; business key = account id (an account may have several).
 */
public final class SupportHandoffProcess {

  public static final String KEY = "support-handoff";
  public static final String TICKET_ESCALATED = "TicketEscalated";
  public static final String HANDED_TO_SUPPORT = "HandedToSupport";

  public static final class Elements {
    public static final String REVIEW_ESCALATED_TICKET = "UserTask_ReviewEscalatedTicket";
    public static final String ACCEPT_CUSTOMER_ISSUE = "UserTask_AcceptCustomerIssue";

    private Elements() {}
  }

  /** What either path starts with; each component is the variable of its name (null where it does not apply). */
  public record Start(String accountId, String accountName, String segment, String region, String accountOwner,
      String subjectLabel, String ticketId, String ticketSubject, String ticketPriority, String issue, String issueDetails,
      String handedOverBy, String openRiskSignals) {}

  public static final class Variables extends AccountVariables {
    public static final ProcessVariable<String> TICKET_ID = ProcessVariable.text("ticketId");
    public static final ProcessVariable<String> ISSUE = ProcessVariable.text("issue");
    public static final ProcessVariable<String> OPEN_RISK_SIGNALS = ProcessVariable.text("openRiskSignals");

    private Variables() {}
  }

  private SupportHandoffProcess() {}
}
