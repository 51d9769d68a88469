package io.lifecycleops.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A request body beyond {@code lifecycle.api.max-body-size}: 413, nothing read further, nothing stored. */
public class BodyTooLarge extends IOException {

  private final DataSize limit;

  public BodyTooLarge(DataSize limit) {
    super("request body larger than " + limit);
    this.limit = limit;
  }

  public ApiProblem problem() {
    return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large",
        "The request body is larger than " + limit.toKilobytes() + " KB (lifecycle.api.max-body-size).");
  }
}
