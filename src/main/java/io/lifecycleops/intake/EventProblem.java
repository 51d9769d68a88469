package io.lifecycleops.intake;

import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A rejected event, rendered as an RFC 9457 problem. Nothing was stored or started. */
public class EventProblem extends ApiProblem {

  public EventProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
    super(status, title, detail, errors);
  }
}
