package io.lifecycleops.handoff;

import io.lifecycleops.sla.HandoffSlaAdjustments;
import org.springframework.stereotype.Component;

/** {@code account.customer_replied} {@code {accountId}}. */
@Component
class AccountCustomerRepliedEventHandler extends CustomerRepliedEventHandler {

  AccountCustomerRepliedEventHandler(HandoffSlaAdjustments adjustments) {
    super(adjustments, "accountId");
  }

  @Override
  public String type() {
    return "account.customer_replied";
  }
}
