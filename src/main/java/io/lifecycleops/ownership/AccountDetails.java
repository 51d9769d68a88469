package io.lifecycleops.ownership;

import java.util.Map;

/** Adds what another capability knows about an account (its open renewal, its expansions) to GET /api/accounts/{id}. */
public interface AccountDetails {

  /** Entries to show, by name; empty when there is nothing. */
  Map<String, Object> of(String accountId);
}
