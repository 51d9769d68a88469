package io.lifecycleops.intake;

import io.lifecycleops.web.FieldErrors;

/**
 * Handles one event type whose {@code data} is the record {@code D}. The intake reads and validates
 * the record (its Bean Validation constraints) before {@link #check} adds the rules that span fields
 * or need stored state; {@link #handle} runs inside the intake transaction, so whatever it starts or
 * writes commits together with the stored event, or not at all.
 */
public interface EventHandler<D extends Record> {

  String type();

  Class<D> dataType();

  /**
   * Rules beyond the record's constraints. Runs also when fields failed (those are already in
   * {@code errors} and null in {@code data}), so one answer names every bad field.
   */
  default void check(D data, FieldErrors errors) {}

  EventReceipt handle(CloudEvent event, D data);
}
