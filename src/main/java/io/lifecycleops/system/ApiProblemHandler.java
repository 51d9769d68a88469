package io.lifecycleops.system;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders refused calls as application/problem+json. */
@RestControllerAdvice
class ApiProblemHandler {

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    body.setTitle(problem.title());
    body.setType(URI.create("https://lifecycleops.io/problems/" + problem.title().toLowerCase().replace(' ', '-')));
    if (!problem.errors().isEmpty()) {
      body.setProperty("errors", problem.errors());
    }
    return ResponseEntity.status(problem.status()).body(body);
  }
}
