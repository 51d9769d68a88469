package io.lifecycleops.account;

/**
 * Something happened to an account that may change what its people should do next: it entered a lifecycle stage
 * (ADOPTING after first value, RENEWED, ...) or reported its health. Published in the transaction of the fact, so a
 * follower (an advocacy ask) starts with it or not at all.
 */
public record AccountMoment(String accountId, Kind kind, String stage) {

  public enum Kind { STAGE_ENTERED, HEALTH_REPORTED }
}
