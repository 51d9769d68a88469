package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.lead.LeadToOpportunityProcess.Outcome;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ledger.StageTracker;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Out of the funnel, with a reason code for reporting. */
@EntersStage("DISQUALIFIED")
@Component
public class DisqualifyLeadDelegate implements JavaDelegate {

  private final StageTracker stages;

  public DisqualifyLeadDelegate(StageTracker stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = DISQUALIFY_REASON.from(execution);
    if (reason == null || reason.toString().isBlank()) {
      throw new IllegalArgumentException("disqualifying a lead needs a " + DISQUALIFY_REASON);
    }
    stages.enter(execution, Stage.DISQUALIFIED, Map.of("reason", reason));
    OUTCOME.on(execution).set(Outcome.DISQUALIFIED.name());
  }
}
