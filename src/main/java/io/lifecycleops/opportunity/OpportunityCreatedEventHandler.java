package io.lifecycleops.opportunity;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.web.FieldErrors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** {@code opportunity.created}: a deal the CRM reports starts its stages here, under the CRM's id. */
@Component
public class OpportunityCreatedEventHandler implements EventHandler<OpportunityCreated> {

  public static final String TYPE = "opportunity.created";

  private final DealDesk desk;
  private final Opportunities opportunities;

  public OpportunityCreatedEventHandler(DealDesk desk, Opportunities opportunities) {
    this.desk = desk;
    this.opportunities = opportunities;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Class<OpportunityCreated> dataType() {
    return OpportunityCreated.class;
  }

  @Override
  public void check(OpportunityCreated deal, FieldErrors errors) {
    if (deal.opportunityId() == null) {
      errors.addUnlessNamed("data.opportunityId", "is required");
    }
    if (deal.owner() == null) {
      errors.addUnlessNamed("data.owner", "is required");
    }
    checkOwner(desk, deal, errors, "data.");
  }

  /** A deal on an account that has an owner belongs to that owner (one account, one owner). */
  static void checkOwner(DealDesk desk, OpportunityCreated deal, FieldErrors errors, String prefix) {
    if (deal.accountId() != null && deal.owner() != null && !errors.names(prefix + "owner")) {
      desk.otherOwner(deal.accountId(), deal.owner()).ifPresent(owner -> errors.add(prefix + "owner",
          "must be " + owner + ", who owns account " + deal.accountId() + " (one account, one owner)"));
    }
  }

  @Override
  public EventReceipt handle(CloudEvent event, OpportunityCreated deal) {
    if (opportunities.byId(deal.opportunityId()).isPresent()) {
      return EventReceipt.unchanged(event.id(), EventStatus.ALREADY_IN_PROGRESS, null,
          "opportunity " + deal.opportunityId() + " exists already");
    }
    ProcessInstance started = desk.open(deal);
    return new EventReceipt(event.id(), EventStatus.STARTED, started.getId());
  }
}
