package io.lifecycleops.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Handoff gauges for Prometheus, read from the metrics' read models at most every {@link #FRESH_FOR} (a scrape
 * between two reads sees the last one): {@code lifecycle_handoffs_open{handoff, state}} (on_time, warned, breached,
 * paused), {@code lifecycle_escalations_open} and {@code lifecycle_sla_outcomes_total{handoff, outcome}} (met, missed).
 * They count the whole database, so every node reports the same values: graph one node's, or max() over nodes.
 */
@Component
class HandoffGauges implements MeterBinder {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);
  static final List<String> STATES = List.of("on_time", "warned", "breached", "paused");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private MeterRegistry registry;
  private volatile Map<List<String>, Double> values = Map.of();
  private volatile Instant readAt = Instant.EPOCH;

  HandoffGauges(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("lifecycle.escalations.open", this, g -> g.value(List.of("escalations")))
        .description("Escalations raised and not yet resolved").register(registry);
  }

  /** Reads the tables again if the last read is older than {@link #FRESH_FOR}, registering meters for new handoffs. */
  synchronized void refreshIfStale() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(FRESH_FOR) < 0) {
      return;
    }
    Map<List<String>, Double> read = new HashMap<>();
    Timestamp at = Timestamp.from(now);
    jdbc.query("select handoff, state, count(*) as n from (select h.handoff, " + SlaMetrics.OPEN_STATE + " as state"
            + " from metric_handoff h where " + SlaMetrics.OPEN + " and h.handoff is not null) open_handoff"
            + " group by handoff, state",
        rs -> {
          read.put(List.of("open", rs.getString("handoff"), rs.getString("state")), rs.getDouble("n"));
        }, at, at);
    jdbc.query("select handoff, met, count(*) as n from metric_handoff where completed_at is not null and handoff is not null"
            + " group by handoff, met",
        rs -> {
          read.put(List.of("outcome", rs.getString("handoff"), rs.getBoolean("met") ? "met" : "missed"), rs.getDouble("n"));
        });
    read.put(List.of("escalations"), jdbc.queryForObject("select count(*) from metric_escalation where resolved_at is null",
        Double.class));
    values = read;
    readAt = now;
    if (registry != null) {
      read.keySet().stream().filter(key -> key.size() == 3).forEach(this::register);
    }
  }

  private void register(List<String> key) {
    String handoff = key.get(1);
    if ("open".equals(key.get(0))) {
      for (String state : STATES) {
        Gauge.builder("lifecycle.handoffs.open", this, g -> g.value(List.of("open", handoff, state)))
            .description("Open handoffs by state").tag("handoff", handoff).tag("state", state).register(registry);
      }
    } else {
      for (String outcome : List.of("met", "missed")) {
        FunctionCounter.builder("lifecycle.sla.outcomes", this, g -> g.value(List.of("outcome", handoff, outcome)))
            .description("Handoffs done within (met) or after (missed) their SLA").tag("handoff", handoff)
            .tag("outcome", outcome).register(registry);
      }
    }
  }

  double value(List<String> key) {
    refreshIfStale();
    return values.getOrDefault(key, 0.0);
  }
}
