package io.lifecycleops.access;

import io.lifecycleops.intake.EventTypePermission;
import io.lifecycleops.web.ApiProblem;
import org.springframework.stereotype.Component;

/** Integration clients post only the event types {@code lifecycle.access.integrations} gives their groups. */
@Component
class IntegrationEventTypes implements EventTypePermission {

  @Override
  public void check(String type) {
    Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("the access rules let an anonymous call through"));
    if (!caller.mayPost(type)) {
      throw ApiProblem.forbidden("events:post:" + type, "You may post events of types " + caller.eventTypes()
          + " (lifecycle.access.integrations), not '" + type + "'.");
    }
  }
}
