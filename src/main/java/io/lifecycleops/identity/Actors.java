package io.lifecycleops.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the user logged into a Camunda webapp or engine-rest (the engine's
 * authentication), else the authenticated caller of our own API, else the engine itself. Our API's
 * callers are kept apart from the engine's authentication on purpose: the API authorizes its own
 * operations (see the access package) and then acts as the service, so Camunda's authorization
 * checks apply to the webapps and engine-rest only.
 */
@Component
public class Actors {

  public static final String SYSTEM = "system";

  private final IdentityService identity;

  public Actors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    var caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
      return SYSTEM;
    }
    return caller.getName();
  }
}
