package io.lifecycleops.lead;

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
    public static final String LEAD_SEGMENT = "lead-segment";
    public static final String LEAD_REGION = "lead-region";
    public static final String ICP_FIT = "icp-fit";
    public static final String LEAD_PRIORITY = "lead-priority";
    public static final String SQL_EXIT_CRITERIA = "sql-exit-criteria";

    private Decisions() {}
  }

  public static final class Variables {
    // From the lead.mql event.
    public static final String LEAD_ID = "leadId";
    public static final String EMAIL = "email";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String COMPANY = "company";
    public static final String DOMAIN = "domain";
    public static final String EMPLOYEES = "employees";
    public static final String ANNUAL_REVENUE = "annualRevenue";
    public static final String INDUSTRY = "industry";
    public static final String COUNTRY = "country";
    public static final String SOURCE = "source";
    public static final String ENGAGEMENT_SCORE = "engagementScore";
    // Set by the process.
    public static final String ACCOUNT_ID = "accountId";
    public static final String ACCOUNT_OWNER = "accountOwner";
    public static final String ACCOUNT_OWNED = "accountOwned";
    public static final String SEGMENT = "segment";
    public static final String REGION = "region";
    public static final String FIT_TIER = "fitTier";
    public static final String PRIORITY = "priority";
    public static final String MISSING_CRITERIA = "missingCriteria";
    public static final String MISSING_CRITERIA_TEXT = "missingCriteriaText";
    public static final String SQL_EXIT_CRITERIA_MET = "sqlExitCriteriaMet";
    public static final String OPPORTUNITY_ID = "opportunityId";
    public static final String OUTCOME = "outcome";
    // From the Qualify lead form.
    public static final String QUALIFICATION_OUTCOME = "qualificationOutcome";
    public static final String NEED_CONFIRMED = "needConfirmed";
    public static final String BUDGET = "budget";
    public static final String AUTHORITY_ROLE = "authorityRole";
    public static final String TIMELINE_MONTHS = "timelineMonths";
    public static final String MEETING_BOOKED_AT = "meetingBookedAt";
    public static final String COMPETITOR = "competitor";
    public static final String DISQUALIFY_REASON = "disqualifyReason";
    public static final String RECYCLE_REASON = "recycleReason";
    // From the Accept handoff form.
    public static final String HANDOFF_DECISION = "handoffDecision";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String REJECTION_NOTES = "rejectionNotes";
    // From the Review rejected handoff form.
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_NOTES = "reviewNotes";

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
