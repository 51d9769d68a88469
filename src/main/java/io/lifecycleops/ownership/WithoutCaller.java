package io.lifecycleops.ownership;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the service, not as the user whose command is running. Camunda switches authorization
 * checks off inside listeners and delegates, but not the tenant check: a rep completing a task would otherwise
 * count and move only the tasks of their own team when the process routes work to another team.
 */
@Component
public class WithoutCaller {

  private final IdentityService identity;

  public WithoutCaller(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
