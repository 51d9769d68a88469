package io.lifecycleops.intake;

/**
 * What an accepted event did, as its receipt says (and says again when the same event arrives twice). The ones
 * that changed nothing come with a reason the intake writes to the subject's ledger.
 */
public enum EventStatus {
  /** A process started for the subject (a lead, an onboarding, an expansion). */
  STARTED,
  /** The subject's process already runs (a lead's, a deal's); nothing changed. */
  ALREADY_IN_PROGRESS,
  /** The deal stays in its stage: the move lacks exit criteria, listed in the receipt; its owner completes them. */
  EXIT_CRITERIA_MISSING,
  /** The account is onboarding already; nothing changed. */
  ALREADY_ONBOARDING,
  /** Applied to the running process. */
  APPLIED,
  /** A renewal outcome that arrived before its window opened: the sleeping renewal ends with it. */
  APPLIED_EARLY,
  /** Kept and applied once the account's onboarding starts. */
  KEPT_UNTIL_ONBOARDING,
  /** No renewal runs for that contract; nothing changed. */
  NO_OPEN_RENEWAL,
  /** The account's health changed its open renewals' risk. */
  RISK_CHANGED,
  /** The account's health is recorded; no open renewal's risk changed. */
  RECORDED,
  /** The signal joined the account's running expansion. */
  JOINED,
  /** No expansion opportunity is open for the account; nothing changed. */
  NO_OPEN_EXPANSION_OPPORTUNITY,
  /** The customer replied: the handoffs waiting on them run on. */
  RESUMED,
  /** No handoff of the subject was waiting on the customer; nothing changed. */
  NOTHING_PAUSED
}
