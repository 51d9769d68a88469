package io.lifecycleops.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders refused calls as application/problem+json: our own problems, also when the engine wraps
 * one thrown inside a delegate or listener (the transaction is rolled back, nothing stays), and
 * bodies that cannot be read.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
    return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem.toProblemDetail(request.getRequestURI()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
    return problem(readProblem(unreadable), request);
  }

  /** An engine exception that carries one of our problems (e.g. a decision without an answer) is that problem. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ProblemDetail> wrapped(ProcessEngineException failure, HttpServletRequest request) {
    ApiProblem problem = ApiProblem.in(failure).orElseThrow(() -> failure);
    return problem(problem, request);
  }

  static ApiProblem readProblem(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLarge tooLarge) {
        return tooLarge.problem();
      }
      if (cause instanceof JsonProcessingException json) {
        return JsonProblems.malformed(json);
      }
    }
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body could not be read as JSON.",
        List.of(new FieldError("$", "not valid JSON")));
  }
}
