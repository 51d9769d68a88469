package io.lifecycleops.intake;

import io.lifecycleops.web.FieldError;
import java.util.List;

/**
 * Handles one event type. {@link #validate} sees the raw {@code data} and names every bad field;
 * {@link #handle} runs inside the intake transaction, so whatever it starts or writes commits
 * together with the stored event, or not at all.
 */
public interface EventHandler {

  String type();

  List<FieldError> validate(CloudEvent event);

  EventReceipt handle(CloudEvent event);
}
