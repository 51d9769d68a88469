package io.lifecycleops.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to an accepted event; replayed verbatim when the same event arrives again. An event that
 * changed nothing says why in {@code unchangedBecause}, which the intake writes to the ledger. A deal's move that
 * lacks exit criteria names them in {@code missingCriteria}.
 */
public record EventReceipt(String eventId, EventStatus status, String processInstanceId, @JsonIgnore String unchangedBecause,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingCriteria) {

  public EventReceipt(String eventId, EventStatus status, String processInstanceId) {
    this(eventId, status, processInstanceId, null, null);
  }

  public EventReceipt(String eventId, EventStatus status, String processInstanceId, String unchangedBecause) {
    this(eventId, status, processInstanceId, unchangedBecause, null);
  }

  /** Accepted, but nothing changed: recorded in the subject's ledger with the reason. */
  public static EventReceipt unchanged(String eventId, EventStatus status, String processInstanceId, String because) {
    return new EventReceipt(eventId, status, processInstanceId, because);
  }

  public EventReceipt withEventId(String id) {
    return new EventReceipt(id, status, processInstanceId, unchangedBecause, missingCriteria);
  }
}
