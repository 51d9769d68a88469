package io.lifecycleops.access;

import io.lifecycleops.web.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps carry the whole engine REST API under {@code /camunda/api/engine/engine/{engine}/}:
 * deploying or deleting models through it is for admins only too, whatever Camunda's authorization
 * checks say. The webapps' login lives in their own session; a request without one goes on to
 * Camunda, which refuses it.
 */
final class WebappDeployments extends OncePerRequestFilter {

  private static final Pattern DEPLOYMENT = Pattern.compile("^/camunda/api/engine/engine/([^/]+)/deployment(/.*)?$");
  private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE");

  private final AccessProperties access;
  private final ProblemResponses problems;

  WebappDeployments(AccessProperties access, ProblemResponses problems) {
    this.access = access;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher deployment = DEPLOYMENT.matcher(request.getRequestURI());
    if (CHANGES.contains(request.getMethod()) && deployment.matches() && !byAdmin(request.getSession(false), deployment.group(1))) {
      problems.write(request, response, ApiProblem.forbidden("deployments:write",
          "Only members of lifecycle.access.admin-groups may deploy or delete models."));
      return;
    }
    chain.doFilter(request, response);
  }

  /** True for an admin's session, and for no session at all (Camunda answers that one with 401). */
  private boolean byAdmin(HttpSession session, String engine) {
    UserAuthentication user = WebappSessionLogin.webappLogin(session, engine);
    if (user == null) {
      return true;
    }
    return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(access.adminGroups()::contains);
  }
}
