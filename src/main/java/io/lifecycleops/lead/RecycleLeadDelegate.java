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

/** Back to marketing nurture, with the reason. */
@EntersStage("NURTURE")
@Component
public class RecycleLeadDelegate implements JavaDelegate {

  private final StageTracker stages;

  public RecycleLeadDelegate(StageTracker stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = RECYCLE_REASON.from(execution);
    if (reason == null || reason.toString().isBlank()) {
      throw new IllegalArgumentException("recycling a lead needs a " + RECYCLE_REASON);
    }
    stages.enter(execution, Stage.NURTURE, Map.of("reason", reason));
    OUTCOME.on(execution).set(Outcome.RECYCLED.name());
  }
}
