package io.lifecycleops.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Writes the RFC 9457 problems of refused calls before they reach a controller: 401, 403, 404, 415, 429. */
@Component
class ProblemResponses {

  static final String REALM = "Basic realm=\"lifecycle-ops\", charset=\"UTF-8\"";

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    response.setHeader("WWW-Authenticate", REALM);
    write(request, response, new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized",
        "Send HTTP Basic credentials of a Camunda user."));
  }

  void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
    if (denied instanceof AuthorizationDeniedException decided && decided.getAuthorizationResult() instanceof AccessDecision access
        && access.refusal() != null) {
      write(request, response, access.refusal());
      return;
    }
    write(request, response, ApiProblem.forbidden("unknown", "This call is not allowed for you."));
  }

  void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
    response.setStatus(problem.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem.toProblemDetail(request.getRequestURI()));
  }
}
