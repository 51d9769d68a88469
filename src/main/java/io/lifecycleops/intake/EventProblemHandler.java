package io.lifecycleops.intake;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders rejected events as application/problem+json naming every invalid field. */
@RestControllerAdvice
class EventProblemHandler {

  @ExceptionHandler(EventProblem.class)
  ResponseEntity<ProblemDetail> problem(EventProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    body.setTitle(problem.title());
    body.setType(URI.create("https://lifecycleops.io/problems/" + problem.title().toLowerCase().replace(' ', '-')));
    body.setProperty("errors", problem.errors());
    return ResponseEntity.status(problem.status()).body(body);
  }
}
