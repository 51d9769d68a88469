package io.lifecycleops.lead;

import io.lifecycleops.decision.DecisionTrail;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LifecycleLedger;
import java.util.List;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/leads/{id}/timeline}: the lead's ledger rows in the order they happened, a page at a time. */
@RestController
class LeadTimelineController {

  private final LifecycleLedger ledger;
  private final DecisionTrail decisions;

  LeadTimelineController(LifecycleLedger ledger, DecisionTrail decisions) {
    this.ledger = ledger;
    this.decisions = decisions;
  }

  /** {@code GET /api/leads/{id}/decisions}: every table that decided about the lead, newest first, and why. */
  @GetMapping("/api/leads/{leadId}/decisions")
  List<DecisionTrail.Evaluation> decisions(@PathVariable String leadId) {
    if (decisions.instancesOf(leadId).isEmpty()) {
      throw ApiProblem.notFound("lead", leadId);
    }
    return decisions.of(leadId);
  }

  @GetMapping("/api/leads/{leadId}/timeline")
  ResponseEntity<List<LedgerEntry>> timeline(@PathVariable String leadId, @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor, HttpServletRequest request) {
    int size = Pages.limit(limit);
    LifecycleLedger.Page page;
    try {
      page = ledger.page(leadId, cursor, size);
    } catch (IllegalArgumentException e) {
      throw Pages.badCursor();
    }
    if (page.entries().isEmpty() && cursor == null) {
      throw ApiProblem.notFound("lead", leadId);
    }
    return Pages.of(page.entries(), page.next(), size, request);
  }
}
