package io.lifecycleops.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code lifecycle_events_total{type, outcome}} for Prometheus: events accepted (stored and answered 2xx), refused (a
 * 4xx problem: invalid, unknown type, conflicting repeat) or failed (the service's fault), per node since it started.
 */
@Component
class EventMeters {

  static final String NAME = "lifecycle.events";

  private final MeterRegistry registry;

  EventMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  void accepted(String type) {
    counter(type, "accepted").increment();
  }

  void failed(String type, boolean refused) {
    counter(type, refused ? "refused" : "failed").increment();
  }

  private Counter counter(String type, String outcome) {
    return Counter.builder(NAME).description("Events posted to /api/events, by type and outcome")
        .tag("type", type).tag("outcome", outcome).register(registry);
  }
}
