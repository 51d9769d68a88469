package io.lifecycleops.account;

/** Where an account's product usage is heading, as account.health reports it and renewal-risk reads it. */
public enum UsageTrend {
  UP,
  FLAT,
  DOWN
}
