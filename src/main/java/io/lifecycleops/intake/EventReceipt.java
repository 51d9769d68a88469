package io.lifecycleops.intake;

/** The answer to an accepted event; replayed verbatim when the same event id arrives again. */
public record EventReceipt(String eventId, String status, String processInstanceId) {

  public EventReceipt withEventId(String id) {
    return new EventReceipt(id, status, processInstanceId);
  }
}
