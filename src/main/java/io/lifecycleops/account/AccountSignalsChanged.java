package io.lifecycleops.account;

/**
 * What conversations and support say about an account changed ({@code signals}, as just computed): published in the
 * transaction that stored the fact, so whoever follows an account's signals (its open renewal's risk) acts with it or
 * not at all.
 */
public record AccountSignalsChanged(String accountId, SignalArithmetic.Signals signals) {}
