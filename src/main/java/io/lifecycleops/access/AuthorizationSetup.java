package io.lifecycleops.access;

import java.util.List;
import io.lifecycleops.ownership.Grants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The authorizations behind the rep and manager journeys, created once at start-up: everybody may
 * use Tasklist (and sees only the tasks of their team: ownership.TeamTenants); manager groups may
 * use Cockpit, read the instances and history of the processes they manage and read and work their
 * tasks, escalations included. Admins (camunda-admin) have everything.
 */
@Component
class AuthorizationSetup implements SmartInitializingSingleton {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final ProcessEngineConfiguration configuration;
  private final AuthorizationProperties properties;
  private final Grants grants;

  AuthorizationSetup(AuthorizationService authorizations, ProcessEngineConfiguration configuration, AuthorizationProperties properties,
      Grants grants) {
    this.grants = grants;
    this.authorizations = authorizations;
    this.configuration = configuration;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!configuration.isAuthorizationEnabled()) {
      return;
    }
    grantEverybody(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    properties.managers().forEach((group, processes) -> {
      grant(group, Resources.APPLICATION, COCKPIT, List.of(Permissions.ACCESS));
      for (String process : processes) {
        // UPDATE_TASK: managers work the escalations of their processes (tasks have no rows of their own).
        grant(group, Resources.PROCESS_DEFINITION, process, List.of(ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK));
      }
    });
  }

  private void grantEverybody(Resource resource, String resourceId, Permission permission) {
    if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setResource(resource);
    global.setResourceId(resourceId);
    global.addPermission(permission);
    authorizations.saveAuthorization(global);
  }

  private void grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    grants.ensure(group, null, resource, resourceId, permissions);
  }
}
