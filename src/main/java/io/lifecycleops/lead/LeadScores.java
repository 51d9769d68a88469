package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The flow out of "Prioritize lead" (its outputs mapped by then), as {@code ${leadScores.scored(execution)}}: what
 * the tables made of the lead (segment, region, fit tier, priority) and where it came from, as LEAD_SCORED, so the
 * funnel can be cut by them long after the process history is gone.
 */
@Component("leadScores")
public class LeadScores {

  private final LifecycleLedger ledger;
  private final Actors actors;

  public LeadScores(LifecycleLedger ledger, Actors actors) {
    this.ledger = ledger;
    this.actors = actors;
  }

  public void scored(DelegateExecution execution) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("segment", SEGMENT.from(execution));
    details.put("region", REGION.from(execution));
    details.put("source", SOURCE.from(execution));
    details.put("fitTier", FIT_TIER.from(execution));
    details.put("priority", PRIORITY.from(execution));
    ledger.append(execution, LedgerEventType.LEAD_SCORED, actors.current(), details);
  }
}
