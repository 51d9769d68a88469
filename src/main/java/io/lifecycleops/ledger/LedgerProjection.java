package io.lifecycleops.ledger;

/**
 * Keeps a read model of the ledger (e.g. the metrics' summary tables): told of every row as it is appended, in the
 * transaction that appends it, so the read model commits or rolls back with the fact. It must be quick and must not
 * append to the ledger itself.
 */
public interface LedgerProjection {

  void project(LedgerEntry entry);
}
