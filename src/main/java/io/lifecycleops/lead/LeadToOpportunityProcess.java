package io.lifecycleops.lead;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.process.ProcessVariable;
import java.util.List;

/**
 * The lead-to-opportunity process's API: its key, element ids, handoff keys and variables, used by
 * code and tests alike. The model is bpmn/lead-to-opportunity.bpmn.
 */
public final class LeadToOpportunityProcess {

  public static final String KEY = "lead-to-opportunity";

  public static final class Elements {
    public static final String START = "StartEvent_MqlReached";
    public static final String MATCH_ACCOUNT = "ServiceTask_MatchLeadToAccount";
    public static final String DETERMINE_SEGMENT = "BusinessRuleTask_DetermineSegment";
    public static final String DETERMINE_REGION = "BusinessRuleTask_DetermineRegion";
    public static final String SCORE_FIT = "BusinessRuleTask_ScoreIcpFit";
    public static final String PRIORITIZE = "BusinessRuleTask_PrioritizeLead";
    public static final String QUALIFY_LEAD = "UserTask_QualifyLead";
    public static final String CHECK_EXIT_CRITERIA = "BusinessRuleTask_CheckSqlExitCriteria";
    public static final String ACCEPT_HANDOFF = "UserTask_AcceptHandoff";
    public static final String RECORD_REJECTION = "ServiceTask_RecordHandoffRejection";
    public static final String REVIEW_REJECTED_HANDOFF = "UserTask_ReviewRejectedHandoff";
    public static final String CREATE_OPPORTUNITY = "ServiceTask_CreateOpportunity";
    public static final String RECYCLE = "ServiceTask_RecycleLead";
    public static final String DISQUALIFY = "ServiceTask_DisqualifyLead";
    public static final String END_OPPORTUNITY_CREATED = "EndEvent_OpportunityCreated";
    public static final String END_RECYCLED = "EndEvent_Recycled";
    public static final String END_DISQUALIFIED = "EndEvent_Disqualified";

    /** The handoff tasks, each with SLA warning, breach and second-level timers. */
    public static final List<String> HANDOFF_TASKS = List.of(QUALIFY_LEAD, ACCEPT_HANDOFF, REVIEW_REJECTED_HANDOFF);

    private Elements() {}
  }

  /** Row keys of this process's handoffs in raci, handoff-sla and handoff-routing. */
  public static final class Handoffs {
    public static final String QUALIFY_LEAD = "QUALIFY_LEAD";
    public static final String ACCEPT_HANDOFF = "ACCEPT_HANDOFF";
    public static final String REVIEW_REJECTED_HANDOFF = "REVIEW_REJECTED_HANDOFF";

    private Handoffs() {}
  }

  public static final class Decisions {
    public static final String SQL_EXIT_CRITERIA = "sql-exit-criteria";

    private Decisions() {}
  }

  /** What an instance starts with, from a lead.mql event; each component is the variable of its name. */
  public record Start(String leadId, String email, String firstName, String lastName, String company, String domain,
      Integer employees, Double annualRevenue, String industry, String country, String source, Integer engagementScore) {}

  public static final class Variables {
    // From the lead.mql event.
    public static final ProcessVariable<String> LEAD_ID = ProcessVariable.text("leadId");
    public static final ProcessVariable<String> EMAIL = ProcessVariable.text("email");
    public static final ProcessVariable<String> FIRST_NAME = ProcessVariable.text("firstName");
    public static final ProcessVariable<String> LAST_NAME = ProcessVariable.text("lastName");
    public static final ProcessVariable<String> COMPANY = ProcessVariable.text("company");
    public static final ProcessVariable<String> DOMAIN = ProcessVariable.text("domain");
    public static final ProcessVariable<Integer> EMPLOYEES = ProcessVariable.integer("employees");
    public static final ProcessVariable<Double> ANNUAL_REVENUE = ProcessVariable.number("annualRevenue");
    public static final ProcessVariable<String> INDUSTRY = ProcessVariable.text("industry");
    public static final ProcessVariable<String> COUNTRY = ProcessVariable.text("country");
    public static final ProcessVariable<String> SOURCE = ProcessVariable.text("source");
    public static final ProcessVariable<Integer> ENGAGEMENT_SCORE = ProcessVariable.integer("engagementScore");
    // Set by the process.
    public static final ProcessVariable<String> ACCOUNT_ID = ProcessVariable.text("accountId");
    public static final ProcessVariable<String> ACCOUNT_OWNER = LifecycleVariables.ACCOUNT_OWNER;
    public static final ProcessVariable<Boolean> ACCOUNT_OWNED = ProcessVariable.flag("accountOwned");
    public static final ProcessVariable<String> SEGMENT = ProcessVariable.text("segment");
    public static final ProcessVariable<String> REGION = ProcessVariable.text("region");
    public static final ProcessVariable<String> FIT_TIER = ProcessVariable.text("fitTier");
    public static final ProcessVariable<String> PRIORITY = ProcessVariable.text("priority");
    public static final ProcessVariable<String> MISSING_CRITERIA = ProcessVariable.text("missingCriteria");
    public static final ProcessVariable<String> MISSING_CRITERIA_TEXT = ProcessVariable.text("missingCriteriaText");
    public static final ProcessVariable<Boolean> SQL_EXIT_CRITERIA_MET = ProcessVariable.flag("sqlExitCriteriaMet");
    public static final ProcessVariable<String> OPPORTUNITY_ID = ProcessVariable.text("opportunityId");
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("outcome");
    // From the Qualify lead form.
    public static final ProcessVariable<String> QUALIFICATION_OUTCOME = ProcessVariable.text("qualificationOutcome");
    public static final ProcessVariable<Boolean> NEED_CONFIRMED = ProcessVariable.flag("needConfirmed");
    public static final ProcessVariable<String> BUDGET = ProcessVariable.text("budget");
    public static final ProcessVariable<String> AUTHORITY_ROLE = ProcessVariable.text("authorityRole");
    public static final ProcessVariable<Integer> TIMELINE_MONTHS = ProcessVariable.integer("timelineMonths");
    public static final ProcessVariable<String> MEETING_BOOKED_AT = ProcessVariable.text("meetingBookedAt");
    public static final ProcessVariable<String> COMPETITOR = ProcessVariable.text("competitor");
    public static final ProcessVariable<String> DISQUALIFY_REASON = ProcessVariable.text("disqualifyReason");
    public static final ProcessVariable<String> RECYCLE_REASON = ProcessVariable.text("recycleReason");
    // From the Accept handoff form.
    public static final ProcessVariable<String> HANDOFF_DECISION = ProcessVariable.text("handoffDecision");
    public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.text("rejectionReason");
    public static final ProcessVariable<String> REJECTION_NOTES = ProcessVariable.text("rejectionNotes");
    // From the Review rejected handoff form.
    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text("reviewDecision");
    public static final ProcessVariable<String> REVIEW_NOTES = ProcessVariable.text("reviewNotes");

    private Variables() {}
  }

  /** Values of the form choices the gateways test. */
  public static final class Choices {
    public static final String QUALIFIED = "QUALIFIED";
    public static final String RECYCLE = "RECYCLE";
    public static final String DISQUALIFY = "DISQUALIFY";
    public static final String ACCEPT = "ACCEPT";
    public static final String REJECT = "REJECT";
    public static final String REQUALIFY = "REQUALIFY";
    public static final String REROUTE = "REROUTE";

    private Choices() {}
  }

  /** The named outcomes of the process. */
  public enum Outcome {
    OPPORTUNITY_CREATED,
    RECYCLED,
    DISQUALIFIED
  }

  private LeadToOpportunityProcess() {}
}
