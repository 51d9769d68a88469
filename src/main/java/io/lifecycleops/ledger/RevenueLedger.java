package io.lifecycleops.ledger;

import io.lifecycleops.identity.Actors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Revenue outcomes as REVENUE ledger rows: a kind, an ARR amount (always positive, two decimals),
 * its currency and the contract period it applies to. GRR and NRR are computed from these rows
 * (docs/metrics.md).
 */
@Component
public class RevenueLedger {

  public enum Kind {
    /** ARR of a new customer's first contract (closed-won). */
    NEW,
    /** ARR added to an existing customer: an expansion deal, or a renewal's uplift. */
    EXPANSION,
    /** ARR lost at renewal by a downsell (the customer stays). */
    CONTRACTION,
    /** ARR lost because the customer left. */
    CHURN,
    /** The ARR of a renewed contract (the new term's full ARR). */
    RENEWAL
  }

  private final LifecycleLedger ledger;
  private final Actors actors;

  public RevenueLedger(LifecycleLedger ledger, Actors actors) {
    this.ledger = ledger;
    this.actors = actors;
  }

  public void record(String accountId, String processInstanceId, String stage, Kind kind, BigDecimal arr, String currency,
      String periodStart, String periodEnd, Map<String, ?> more) {
    if (arr.signum() < 0) {
      throw new IllegalArgumentException("revenue amounts are positive; the kind says the direction: " + arr);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", kind.name());
    details.put("arr", arr.setScale(2, RoundingMode.HALF_UP));
    details.put("currency", currency);
    details.put("periodStart", periodStart);
    details.put("periodEnd", periodEnd);
    details.putAll(more);
    ledger.append(accountId, processInstanceId, LedgerEventType.REVENUE, stage, actors.current(), details);
  }
}
