package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.handoff.HandoffVariables;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The AE rejected the handoff: HANDOFF_REJECTED with the reason, before the SDR manager reviews. */
@Component
public class RecordHandoffRejectionDelegate implements JavaDelegate {

  private final LifecycleLedger ledger;

  public RecordHandoffRejectionDelegate(LifecycleLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = REJECTION_REASON.from(execution);
    if (reason == null || reason.toString().isBlank()) {
      throw new IllegalArgumentException("a rejected handoff needs a " + REJECTION_REASON);
    }
    String by = HandoffVariables.HANDOFF_COMPLETED_BY.from(execution);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.put("notes", REJECTION_NOTES.from(execution));
    ledger.append(execution, LedgerEventType.HANDOFF_REJECTED, by, details);
  }
}
