package io.lifecycleops.ledger;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the user logged into a Camunda webapp or engine-rest (the engine's
 * authentication), else the caller of our own API, else the engine itself. Our API's callers are
 * kept apart from the engine's authentication on purpose: the API authorizes its own operations and
 * then acts as the service, so Camunda's authorization checks apply to the webapps and engine-rest
 * only.
 */
@Component
public class Actors {

  public static final String SYSTEM = "system";

  private static final ThreadLocal<Caller> API_CALLER = new ThreadLocal<>();

  /** A caller of our API. */
  public record Caller(String userId, List<String> groups) {}

  private final IdentityService identity;

  public Actors(IdentityService identity) {
    this.identity = identity;
  }

  public String current() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    Caller caller = API_CALLER.get();
    return caller == null ? SYSTEM : caller.userId();
  }

  /** True when the API caller (or the engine's authenticated user) belongs to {@code group}. */
  public boolean isMember(String group) {
    Caller caller = API_CALLER.get();
    if (caller != null) {
      return caller.groups().contains(group);
    }
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(group);
  }

  /** Runs an API request on behalf of its authenticated caller. */
  public static <T> T asApiCaller(Caller caller, Supplier<T> work) {
    Caller previous = API_CALLER.get();
    API_CALLER.set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        API_CALLER.remove();
      } else {
        API_CALLER.set(previous);
      }
    }
  }
}
