package io.lifecycleops.intake;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A rejected event, rendered as an RFC 9457 problem. Nothing was stored or started. */
public class EventProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldError> errors;

  public EventProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
