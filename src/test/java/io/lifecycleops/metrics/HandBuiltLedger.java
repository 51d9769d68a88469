package io.lifecycleops.metrics;

import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.support.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes ledger rows at chosen instants, as the processes would, for metrics whose answer a test computes by hand. */
final class HandBuiltLedger {

  static final List<String> READ_MODELS =
      List.of("metric_lead", "metric_stage_visit", "metric_handoff", "metric_escalation", "metric_revenue");

  private final LifecycleLedger ledger;
  private final TestClock clock;

  HandBuiltLedger(LifecycleLedger ledger, TestClock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Every test starts from empty read models (the ledger itself keeps other tests' rows; nothing reads them here). */
  static void clear(JdbcTemplate jdbc) {
    READ_MODELS.forEach(table -> jdbc.update("delete from " + table));
    jdbc.update("delete from contract");
  }

  void at(String instant, String subject, String pi, String process, LedgerEventType type, String stage, Object... details) {
    clock.set(Instant.parse(instant));
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < details.length; i += 2) {
      map.put((String) details[i], details[i + 1]);
    }
    ledger.append(subject, pi, process, type, stage, "test", map);
  }

  /** A stage change as StageTracker writes it: the old stage left, the new one entered, at one instant. */
  void move(String instant, String subject, String pi, String process, String from, String to, Object... details) {
    if (from != null) {
      at(instant, subject, pi, process, LedgerEventType.STAGE_LEFT, from);
    }
    at(instant, subject, pi, process, LedgerEventType.STAGE_ENTERED, to, details);
  }
}
