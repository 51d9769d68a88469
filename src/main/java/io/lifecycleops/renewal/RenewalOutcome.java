package io.lifecycleops.renewal;

/** How a renewal ended, as renewal.closed reports it and the renewal model's gateway reads it. */
public enum RenewalOutcome {
  RENEWED,
  CHURNED
}
