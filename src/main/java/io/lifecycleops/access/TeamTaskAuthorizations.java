package io.lifecycleops.access;

import io.lifecycleops.ownership.TeamTenants;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tasks get no authorization rows of their own: Camunda's default writes one per task and candidate group or
 * assignee, and then every authorized request scans all of them (at 100,000 open tasks, 30 ms per engine command
 * before any query runs). A task belongs to its team's tenant instead ({@link TeamTenants}); this provider keeps
 * the other defaults (users, groups, filters, deployments) and refuses to assign a task to someone who could not
 * see it. Camunda offers this hook only in its impl API, like the business calendars.
 */
@Component
class TeamTaskAuthorizations extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TeamTenants> teams;

  TeamTaskAuthorizations(ObjectProvider<TeamTenants> teams) {
    this.teams = teams;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (!isTeamTask(task)) {
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
      }
      if (newAssignee != null && task.getTenantId() != null && !teams.getObject().canWork(newAssignee, task.getTenantId())) {
        throw new BadUserRequestException("'" + newAssignee + "' cannot see the tasks of team " + task.getTenantId()
            + ": assign this task to a member of " + task.getTenantId() + " or a manager of its process");
      }
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return isTeamTask(task) ? null : super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return isTeamTask(task) ? null : super.newTaskUserIdentityLink(task, userId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return isTeamTask(task) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
    }

    /**
     * Tasks of a process are handoffs and escalations, which belong to a team's tenant (their listener sets it
     * on create, after the model's candidate groups were added); a standalone task keeps Camunda's rows.
     */
    private boolean isTeamTask(Task task) {
      return task.getProcessInstanceId() != null;
    }
  }
}
