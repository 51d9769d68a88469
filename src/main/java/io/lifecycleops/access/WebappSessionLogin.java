package io.lifecycleops.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person logged in to Cockpit or Tasklist reads our pages and {@code /api} with their own rights, without a second
 * login: the Cockpit dashboard calls {@code /api/metrics} from the page. Reads only (GET, HEAD): a cookie must never
 * change anything, so state changes still need HTTP Basic credentials (no cross-site request can carry them).
 */
class WebappSessionLogin extends OncePerRequestFilter {

  /** The engine whose webapp login counts (the service runs one). */
  static final String ENGINE = "default";

  private final Callers callers;

  WebappSessionLogin(Callers callers) {
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      String user = loggedIn(request.getSession(false));
      if (user != null) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(callers.of(user)));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  private static String loggedIn(HttpSession session) {
    UserAuthentication user = webappLogin(session, ENGINE);
    return user == null ? null : user.getIdentityId();
  }

  /** Who is logged in to the webapps for this engine in the session, or null. */
  static UserAuthentication webappLogin(HttpSession session, String engine) {
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return logins != null && logins.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user ? user : null;
  }
}
