package io.lifecycleops.handoff;

import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.sla.HandoffSlaAdjustments;
import java.util.function.Function;

/**
 * The customer answered: every handoff of that lead or account that was waiting on them runs again,
 * its deadlines moved by the paused business time.
 */
record CustomerRepliedEventHandler<D extends Record>(String type, Class<D> dataType, Function<D, String> subject,
    HandoffSlaAdjustments adjustments) implements EventHandler<D> {

  @Override
  public EventReceipt handle(CloudEvent event, D data) {
    String replied = subject.apply(data);
    int resumed = adjustments.resumeAllOf(replied).size();
    return resumed > 0 ? new EventReceipt(event.id(), EventStatus.RESUMED, null)
        : EventReceipt.unchanged(event.id(), EventStatus.NOTHING_PAUSED, null, "no handoff of " + replied + " was waiting on the customer");
  }
}
