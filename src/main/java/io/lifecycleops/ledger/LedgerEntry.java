package io.lifecycleops.ledger;

import java.time.Instant;
import java.util.Map;

/** One ledger row as read back: what happened to whom, when, in which process instance. */
public record LedgerEntry(
    long id,
    Instant occurredAt,
    String subject,
    String processInstanceId,
    LedgerEventType type,
    String stage,
    String actor,
    Map<String, Object> details) {}
