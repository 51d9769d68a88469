package io.lifecycleops.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refused API call, rendered as an RFC 9457 problem that names the offending fields. Nothing changed. */
public class ApiProblem extends RuntimeException {

  /** One offending field, named by its JSON path (e.g. {@code data.email}). */
  public record Field(String field, String message) {}

  private final HttpStatus status;
  private final String title;
  private final List<?> errors;

  public ApiProblem(HttpStatus status, String title, String detail, List<?> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public ApiProblem(HttpStatus status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<?> errors() {
    return errors;
  }
}
