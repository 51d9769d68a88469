package io.lifecycleops.web;

import java.util.ArrayList;
import java.util.List;

/** The offending fields of one input, collected while checking it: at most one message per field. */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Adds the message only if the field has none yet: the first thing wrong with a field is what its sender needs. */
  public FieldErrors addUnlessNamed(String field, String message) {
    if (!names(field)) {
      add(field, message);
    }
    return this;
  }

  public FieldErrors addFirst(String field, String message) {
    errors.add(0, new FieldError(field, message));
    return this;
  }

  public boolean names(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }
}
