package io.lifecycleops.metrics;

import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerProjection;
import io.lifecycleops.sla.WorkingCalendars;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The metrics' read models follow the ledger in the transaction of each fact. */
@Component
class MetricsProjection implements LedgerProjection {

  private final MetricFacts facts;

  MetricsProjection(JdbcTemplate jdbc, WorkingCalendars calendars) {
    this.facts = new MetricFacts(jdbc, calendars);
  }

  @Override
  public void project(LedgerEntry entry) {
    facts.project(entry);
  }
}
