package io.lifecycleops.ledger;

import java.time.Instant;
import java.util.Map;

/**
 * One ledger row: what happened to whom, when, in which process instance of which process ({@code processKey}, null
 * for facts written outside a process).
 */
public record LedgerEntry(
    long id,
    Instant occurredAt,
    String subject,
    String processInstanceId,
    String processKey,
    LedgerEventType type,
    String stage,
    String actor,
    Map<String, Object> details) {}
