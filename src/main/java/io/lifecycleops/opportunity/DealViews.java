package io.lifecycleops.opportunity;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.opportunity.DealCriteria.Criterion;
import io.lifecycleops.web.ApiProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A deal as its owner and managers read it: terms, forecast, where it stands on its exit criteria, its stages. */
@Component
public class DealViews {

  public record StageVisit(String stage, Instant enteredAt, Instant leftAt) {}

  public record DealView(String id, String accountId, String name, String owner, String kind, String stage,
      BigDecimal amount, String currency, LocalDate closeDate, String forecastCategory, String ownerCall,
      List<String> criteriaMet, List<String> criteriaMissing, long daysInStage, String lostReason,
      List<StageVisit> stageHistory) {}

  private final Opportunities opportunities;
  private final DealCriteria criteria;
  private final LifecycleLedger ledger;

  public DealViews(Opportunities opportunities, DealCriteria criteria, LifecycleLedger ledger) {
    this.opportunities = opportunities;
    this.criteria = criteria;
    this.ledger = ledger;
  }

  public DealView of(String id) {
    Opportunity deal = opportunities.byId(id).orElseThrow(() -> ApiProblem.notFound("opportunity", id));
    List<Criterion> stage = criteria.ofStage(deal.currentStage());
    List<Criterion> missing = criteria.missing(stage, deal.criteria());
    List<String> met = stage.stream().filter(c -> !missing.contains(c)).map(Criterion::name).toList();
    Instant entered = deal.stageEnteredAt() == null ? deal.createdAt() : deal.stageEnteredAt();
    long days = Duration.between(entered, ledger.now()).toDays();
    return new DealView(deal.id(), deal.accountId(), deal.name(), deal.owner(), deal.kind(), deal.stage(), deal.amount(),
        deal.currency(), deal.closeDate(), deal.forecastCategory(), deal.ownerCall(), met,
        missing.stream().map(Criterion::name).toList(), Math.max(0, days), deal.lostReason(), history(id));
  }

  private List<StageVisit> history(String id) {
    List<StageVisit> visits = new ArrayList<>();
    for (LedgerEntry entry : ledger.timeline(id)) {
      if (entry.type() == LedgerEventType.STAGE_ENTERED) {
        visits.add(new StageVisit(entry.stage(), entry.occurredAt(), null));
      } else if (entry.type() == LedgerEventType.STAGE_LEFT && !visits.isEmpty()) {
        StageVisit last = visits.get(visits.size() - 1);
        visits.set(visits.size() - 1, new StageVisit(last.stage(), last.enteredAt(), entry.occurredAt()));
      }
    }
    return visits;
  }
}
