package io.lifecycleops.intake;

/** One invalid field of an event, named by its JSON path (e.g. {@code data.email}). */
public record FieldError(String field, String message) {}
