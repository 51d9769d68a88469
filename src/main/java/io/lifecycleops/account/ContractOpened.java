package io.lifecycleops.account;

import io.lifecycleops.account.Contracts.Contract;

/**
 * A contract started (a closed-won deal): published in the transaction that opened it, so whoever follows a
 * contract (the renewal) starts with it or not at all.
 */
public record ContractOpened(Contract contract, String accountName, String segment, String region, String owner) {}
