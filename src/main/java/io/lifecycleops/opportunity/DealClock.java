package io.lifecycleops.opportunity;

import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.CLOSE_DATE_FLAGGED;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.REGION;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.SEGMENT;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.STALE_FLAGGED_FOR;
import static io.lifecycleops.opportunity.OpportunityToCloseProcess.Variables.STALE_SINCE;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.sla.WorkingCalendars;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When a deal needs its manager: {@code ${dealClock.staleAt(execution)}} — stale-stage's days after the stage began
 * (or after the last review that pushed it on) — and {@code ${dealClock.closeDatePassedAt(execution)}}, the first
 * business opening after its close date. The dates of the stage's two review timers.
 */
@Component("dealClock")
public class DealClock {

  static final String STALE_STAGE = "stale-stage";
  /** A deal without a close date (a lead's, until the AE sets one) never passes it; nor one already reviewed. */
  static final Instant NO_CLOSE_DATE = Instant.parse("9999-12-31T00:00:00Z");

  private final Decisions decisions;
  private final Opportunities opportunities;
  private final WorkingCalendars calendars;

  public DealClock(Decisions decisions, Opportunities opportunities, WorkingCalendars calendars) {
    this.decisions = decisions;
    this.opportunities = opportunities;
    this.calendars = calendars;
  }

  public Date staleAt(DelegateExecution execution) {
    if (Objects.equals(STALE_FLAGGED_FOR.from(execution), STALE_SINCE.from(execution))) {
      return Date.from(NO_CLOSE_DATE); // reviewed already: the clock starts again with a move or a manager's push
    }
    Map<String, Object> facts = new HashMap<>();
    facts.put("stage", LifecycleVariables.STAGE.from(execution));
    facts.put("segment", SEGMENT.from(execution));
    Number days = (Number) decisions.decideFor(DecisionSubject.of(execution), STALE_STAGE, facts).required().get("staleAfterDays");
    return Date.from(STALE_SINCE.from(execution).toInstant().plus(Duration.ofDays(days.longValue())));
  }

  public Date closeDatePassedAt(DelegateExecution execution) {
    Opportunity deal = opportunities.byId(execution.getProcessBusinessKey()).orElseThrow();
    if (deal.closeDate() == null || String.valueOf(deal.closeDate()).equals(CLOSE_DATE_FLAGGED.from(execution))) {
      return Date.from(NO_CLOSE_DATE); // no close date, or this one was reviewed already
    }
    Instant dayAfter = deal.closeDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Date.from(calendars.forPolicy(WorkingCalendars.BUSINESS_HOURS, REGION.from(execution)).opening(dayAfter));
  }
}
