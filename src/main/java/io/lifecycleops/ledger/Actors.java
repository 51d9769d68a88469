package io.lifecycleops.ledger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the authenticated Camunda user of the current request, or the engine itself. */
@Component
public class Actors {

  public static final String SYSTEM = "system";

  private final IdentityService identity;

  public Actors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
  }
}
