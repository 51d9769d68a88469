package io.lifecycleops.lead;

import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.List;
import io.lifecycleops.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/leads/{id}/timeline}: the lead's ledger rows in the order they happened. */
@RestController
class LeadTimelineController {

  private final LifecycleLedger ledger;

  LeadTimelineController(LifecycleLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/api/leads/{leadId}/timeline")
  List<LedgerEntry> timeline(@PathVariable String leadId) {
    List<LedgerEntry> entries = ledger.timeline(leadId);
    if (entries.isEmpty()) {
      throw ApiProblem.notFound("lead", leadId);
    }
    return entries;
  }
}
