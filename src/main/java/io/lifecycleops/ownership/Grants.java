package io.lifecycleops.ownership;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Camunda grants made idempotent: created once, or given what an earlier version of this service did not grant. */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants {@code permissions} on a resource to a group ({@code userId} null) or a user ({@code groupId} null). */
  public void ensure(String groupId, String userId, Resource resource, String resourceId, List<Permission> permissions) {
    AuthorizationQuery existing = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT);
    Authorization grant = (groupId != null ? existing.groupIdIn(groupId) : existing.userIdIn(userId)).singleResult();
    if (grant != null && permissions.stream().allMatch(grant::isPermissionGranted)) {
      return;
    }
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setUserId(userId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    permissions.forEach(grant::addPermission);
    authorizations.saveAuthorization(grant);
  }
}
