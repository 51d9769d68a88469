package io.lifecycleops.access;

import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * State-changing calls carry {@code Content-Type: application/json} (or a {@code +json} type), even
 * without a body. A browser cannot send that cross-site without a CORS preflight, which this service
 * never grants, so no page elsewhere can make a logged-in rep's browser change anything here.
 */
class JsonBodiesOnly extends OncePerRequestFilter {

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ProblemResponses problems;

  JsonBodiesOnly(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (STATE_CHANGING.contains(request.getMethod()) && !isJson(request.getContentType())) {
      problems.write(request, response, new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "Send Content-Type: application/json (also for a call without a body); got "
              + (request.getContentType() == null ? "none" : "'" + request.getContentType() + "'") + ".",
          java.util.List.of(new FieldError("Content-Type", "must be application/json"))));
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.isCompatibleWith(MediaType.APPLICATION_JSON)
          || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
