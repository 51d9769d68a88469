package io.lifecycleops.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refused API call, rendered as an RFC 9457 problem that names the offending fields. Nothing changed. */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, Object> properties;

  public ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
    this(status, title, detail, errors, Map.of());
  }

  public ApiProblem(HttpStatus status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  private ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }

  /**
   * "No such lead / account / ...": the same answer whether the thing does not exist or the caller
   * may not see it.
   */
  public static ApiProblem notFound(String kind, String id) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "No such " + kind, "No " + kind + " '" + id + "' is known.");
  }

  /** The caller lacks {@code permission} (e.g. {@code accounts:change-owner}); the detail says who has it. */
  public static ApiProblem forbidden(String permission, String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of(), Map.of("missingPermission", permission));
  }

  /**
   * A decision table gave no answer (no rule matched, or several in a unique table): the input is
   * one the rules do not cover. Names the decision and its inputs; nothing was stored.
   */
  public static ApiProblem decisionGap(String decision, Map<String, ?> inputs, String what) {
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    properties.put("decision", decision);
    properties.put("inputs", new java.util.TreeMap<>(inputs == null ? Map.of() : inputs));
    return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Decision without an answer",
        "Decision '" + decision + "' " + what + " for these inputs; the table needs a rule for them (ask a lifecycle designer).",
        List.of(), properties);
  }

  /** The first ApiProblem in a chain of causes (the engine wraps what a delegate or listener throws). */
  public static java.util.Optional<ApiProblem> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ApiProblem problem) {
        return java.util.Optional.of(problem);
      }
    }
    return java.util.Optional.empty();
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

  /** The RFC 9457 body: type derived from the title, the detail, the field errors, and {@code instance} = the path. */
  public ProblemDetail toProblemDetail(String path) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, getMessage());
    body.setTitle(title);
    body.setType(URI.create("https://lifecycleops.io/problems/" + title.toLowerCase(Locale.ROOT).replace(' ', '-')));
    if (path != null) {
      body.setInstance(URI.create(path));
    }
    if (!errors.isEmpty()) {
      body.setProperty("errors", errors);
    }
    properties.forEach(body::setProperty);
    return body;
  }
}
