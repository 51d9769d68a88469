package io.lifecycleops.handoff;

import io.lifecycleops.sla.HandoffSlaAdjustments;
import org.springframework.stereotype.Component;

/** {@code lead.customer_replied} {@code {leadId}}. */
@Component
class LeadCustomerRepliedEventHandler extends CustomerRepliedEventHandler {

  LeadCustomerRepliedEventHandler(HandoffSlaAdjustments adjustments) {
    super(adjustments, "leadId");
  }

  @Override
  public String type() {
    return "lead.customer_replied";
  }
}
