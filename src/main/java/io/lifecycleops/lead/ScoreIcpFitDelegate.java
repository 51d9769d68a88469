package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.lead.LeadToOpportunityProcess.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Segment, region and ICP fit tier from the icp-fit tables. */
@Component
public class ScoreIcpFitDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;

  public ScoreIcpFitDelegate(io.lifecycleops.decision.Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(EMPLOYEES, execution.getVariable(EMPLOYEES));
    facts.put(ANNUAL_REVENUE, execution.getVariable(ANNUAL_REVENUE));
    facts.put(COUNTRY, execution.getVariable(COUNTRY));
    facts.put(INDUSTRY, execution.getVariable(INDUSTRY));
    execution.setVariable(SEGMENT, decisions.required(Decisions.LEAD_SEGMENT, facts).get(SEGMENT));
    execution.setVariable(REGION, decisions.required(Decisions.LEAD_REGION, facts).get(REGION));
    execution.setVariable(FIT_TIER, decisions.required(Decisions.ICP_FIT, facts).get(FIT_TIER));
  }
}
