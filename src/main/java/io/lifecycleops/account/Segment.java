package io.lifecycleops.account;

/** Market segments, as events carry them and as lead-segment and the tables keyed on segment spell them. */
public enum Segment {
  ENTERPRISE,
  MID_MARKET,
  SMB
}
