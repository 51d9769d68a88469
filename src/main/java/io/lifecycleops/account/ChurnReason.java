package io.lifecycleops.account;

/** Why a customer left, as renewal.closed reports it and the revenue ledger keeps it. */
public enum ChurnReason {
  PRICE,
  PRODUCT_GAPS,
  COMPETITOR,
  NO_ADOPTION,
  BUDGET_CUT,
  ACQUIRED,
  OTHER
}
