package io.lifecycleops.access;

import io.lifecycleops.web.ApiProblem;
import org.springframework.security.authorization.AuthorizationDecision;

/**
 * A decision of the access rules. A refusal carries the problem the caller gets: 403 naming the
 * missing permission, or 404 when the caller may not even see the thing (as if it did not exist).
 */
final class AccessDecision extends AuthorizationDecision {

  static final AccessDecision GRANTED = new AccessDecision(true, null);

  private final ApiProblem refusal;

  private AccessDecision(boolean granted, ApiProblem refusal) {
    super(granted);
    this.refusal = refusal;
  }

  static AccessDecision refused(ApiProblem refusal) {
    return new AccessDecision(false, refusal);
  }

  ApiProblem refusal() {
    return refusal;
  }
}
