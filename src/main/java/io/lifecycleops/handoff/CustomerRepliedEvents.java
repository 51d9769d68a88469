package io.lifecycleops.handoff;

import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.sla.HandoffSlaAdjustments;
import io.lifecycleops.web.SubjectId;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code lead.customer_replied} {@code {leadId}} and {@code account.customer_replied} {@code {accountId}}. */
@Configuration
class CustomerRepliedEvents {

  record LeadReplied(@NotBlank @SubjectId String leadId) {}

  record AccountReplied(@NotBlank @SubjectId String accountId) {}

  @Bean
  EventHandler<LeadReplied> leadCustomerReplied(HandoffSlaAdjustments adjustments) {
    return new CustomerRepliedEventHandler<>("lead.customer_replied", LeadReplied.class, LeadReplied::leadId, adjustments);
  }

  @Bean
  EventHandler<AccountReplied> accountCustomerReplied(HandoffSlaAdjustments adjustments) {
    return new CustomerRepliedEventHandler<>("account.customer_replied", AccountReplied.class, AccountReplied::accountId, adjustments);
  }
}
