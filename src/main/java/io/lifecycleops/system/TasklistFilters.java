package io.lifecycleops.system;

import io.lifecycleops.ownership.Grants;
import io.lifecycleops.ownership.RaciTable;
import io.lifecycleops.sla.HandoffElements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every rep and manager starts from. Created once by name; a filter an
 * admin edited in Tasklist is not overwritten. Everybody may use them but "Escalations", which only the groups
 * escalations go to (raci's accountable and second-level groups) see: a rep never holds an escalation, and an
 * always-empty filter would make PostgreSQL walk the whole team's queue to prove it (docs/operations.md).
 */
@Component
class TasklistFilters implements SmartInitializingSingleton {

  static final String MY_TASKS = "My tasks";
  static final String MY_TEAMS_QUEUE = "My team's queue";
  static final String DUE_TODAY = "Due today";
  static final String OVERDUE = "Overdue";
  static final String ESCALATIONS = "Escalations";
  static final String ESCALATION_TASK_KEYS = HandoffElements.ESCALATION_TASK_PREFIX + "%";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final RaciTable raci;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, RaciTable raci, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.raci = raci;
    this.grants = grants;
  }

  /** Runs once the engine is built, before the web server accepts requests. */
  @Override
  public void afterSingletonsInstantiated() {
    create(MY_TASKS, -10, "#1f6feb", "Tasks assigned to me, most urgent first",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create(MY_TEAMS_QUEUE, -5, "#8250df", "Every open task of my groups, assigned or not",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    create(DUE_TODAY, 0, "#bf8700", "Tasks of mine or my groups due before midnight",
        tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}")
            .orderByDueDate().asc());
    create(OVERDUE, 5, "#cf222e", "Tasks past their SLA due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    Filter escalations = create(ESCALATIONS, 10, "#d1242f", "SLA breaches waiting for a manager",
        tasks.createTaskQuery().taskDefinitionKeyLike(ESCALATION_TASK_KEYS).orderByTaskCreateTime().asc());
    // Every start: a group a new raci version names gets it too (like Cockpit, with the managers' configuration).
    raci.groups().escalation().forEach(group ->
        grants.ensure(group, null, Resources.FILTER, escalations.getId(), List.of(Permissions.READ)));
  }

  private Filter create(String name, int priority, String color, String description, TaskQuery query) {
    List<Filter> existing = filters.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        column("company", "Company"),
        column("priority", "Priority"),
        column("segment", "Segment"),
        column("region", "Region")));
    Filter filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
    filters.saveFilter(filter);
    if (ESCALATIONS.equals(name)) {
      return filter;
    }

    // Everybody may use the other shared filters when authorization checks are on.
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
    return filter;
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
