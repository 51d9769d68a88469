package io.lifecycleops.handoff;

import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.sla.HandoffSlaAdjustments;
import io.lifecycleops.web.FieldError;
import java.util.List;

/**
 * The customer answered: every handoff of that lead or account that was waiting on them runs again,
 * its deadlines moved by the paused business time.
 */
abstract class CustomerRepliedEventHandler implements EventHandler {

  private final HandoffSlaAdjustments adjustments;
  private final String subjectField;

  CustomerRepliedEventHandler(HandoffSlaAdjustments adjustments, String subjectField) {
    this.adjustments = adjustments;
    this.subjectField = subjectField;
  }

  @Override
  public List<FieldError> validate(CloudEvent event) {
    var subject = event.data().get(subjectField);
    if (subject == null || !subject.isTextual() || subject.asText().isBlank()) {
      return List.of(new FieldError("data." + subjectField, "is required and must be a non-empty string"));
    }
    return List.of();
  }

  @Override
  public EventReceipt handle(CloudEvent event) {
    int resumed = adjustments.resumeAllOf(event.data().get(subjectField).asText()).size();
    String subject = event.data().get(subjectField).asText();
    return resumed > 0 ? new EventReceipt(event.id(), EventStatus.RESUMED, null)
        : EventReceipt.unchanged(event.id(), EventStatus.NOTHING_PAUSED, null, "no handoff of " + subject + " was waiting on the customer");
  }
}
