package io.lifecycleops.sla;

/** An SLA operation that does not fit the handoff's state (e.g. resuming a clock that runs). */
public class SlaStateException extends RuntimeException {

  public SlaStateException(String message) {
    super(message);
  }
}
