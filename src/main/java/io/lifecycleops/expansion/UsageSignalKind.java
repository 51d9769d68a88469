package io.lifecycleops.expansion;

/** What product analytics can report in a {@code usage.signal}, as expansion-qualification reads it. */
public enum UsageSignalKind {
  SEAT_UTILIZATION_HIGH,
  USAGE_OVER_ENTITLEMENT,
  NEW_TEAM,
  PRODUCT_QUALIFIED
}
