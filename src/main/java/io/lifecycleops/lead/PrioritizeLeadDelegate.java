package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.handoff.HandoffVariables;
import io.lifecycleops.lead.LeadToOpportunityProcess.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** HOT / WARM / COLD from fit tier and engagement (lead-priority table). */
@Component
public class PrioritizeLeadDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;

  public PrioritizeLeadDelegate(io.lifecycleops.decision.Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(FIT_TIER, execution.getVariable(FIT_TIER));
    facts.put(ENGAGEMENT_SCORE, execution.getVariable(ENGAGEMENT_SCORE));
    Object priority = decisions.required(Decisions.LEAD_PRIORITY, facts).get(PRIORITY);
    execution.setVariable(PRIORITY, priority);
    execution.setVariable(HandoffVariables.SUBJECT_LABEL, execution.getVariable(COMPANY) + " (" + priority + ")");
  }
}
