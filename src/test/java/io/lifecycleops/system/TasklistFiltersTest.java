package io.lifecycleops.system;

import static io.lifecycleops.sla.HandoffElements.slaBreached;
import static io.lifecycleops.lead.LeadToOpportunityProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.sla.HandoffElements;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import io.lifecycleops.support.TestClock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters show what their names promise, for the logged-in user. */
@ProcessTest
class TasklistFiltersTest {

  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ProcessScenario leads;
  @Autowired TestClock clock;

  @org.junit.jupiter.api.BeforeEach
  void mondayMorning() {
    clock.set(TestClock.MONDAY_10_BERLIN);
  }

  private List<Task> asUser(String user, String filterName) {
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    List<String> teams = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(t -> t.getId()).toList();
    identity.setAuthentication(user, groups, teams);
    try {
      return filters.list(filter.getId());
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> filtersOf(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      return filters.createFilterQuery().list().stream().map(Filter::getName).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void repsSeeTheirFourFiltersAndTheGroupsEscalationsGoToAlsoSeeEscalations() {
    assertThat(filtersOf("emma")).contains("My tasks", "My team's queue", "Due today", "Overdue")
        .doesNotContain("Escalations");
    assertThat(filtersOf("sofia")).contains("My tasks", "My team's queue", "Due today", "Overdue", "Escalations");
    assertThat(filtersOf("grace")).as("second level").contains("Escalations");
  }

  @Test
  void aManagersQueueListsEscalationsByWhenTheyGoOverTheirHead() {
    String first = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    clock.advance(Duration.ofMinutes(10));
    String second = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    clock.advance(Duration.ofMinutes(61));
    leads.fireTimer(second, slaBreached(QUALIFY_LEAD));
    leads.fireTimer(first, slaBreached(QUALIFY_LEAD));

    List<Task> queue = asUser("sofia", "My team's queue");
    assertThat(queue).extracting(Task::getDueDate).doesNotContainNull();
    assertThat(queue).extracting(Task::getProcessInstanceId).containsExactly(first, second);
    assertThat(asUser("sofia", "Due today")).extracting(Task::getProcessInstanceId).containsExactly(first, second);
  }

  @Test
  void fiveSharedFiltersExist() {
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .contains("My tasks", "My team's queue", "Due today", "Overdue", "Escalations");
  }

  @Test
  void repSeesTheLeadInMyTasksAndTheTeamSeesItInTheQueueAndManagersSeeTheBreach() {
    String pi = leads.mql(ProcessScenario.hotEnterpriseLead(ProcessScenario.newLeadId()));
    Task task = leads.task(pi, QUALIFY_LEAD);
    String rep = task.getAssignee();
    String teammate = List.of("elias", "emma", "eva").stream().filter(u -> !u.equals(rep)).findFirst().orElseThrow();

    assertThat(asUser(rep, "My tasks")).extracting(Task::getId).contains(task.getId());
    assertThat(asUser(teammate, "My tasks")).extracting(Task::getId).doesNotContain(task.getId());
    assertThat(asUser(teammate, "My team's queue")).extracting(Task::getId).contains(task.getId());
    assertThat(asUser("noah", "My team's queue")).extracting(Task::getId).doesNotContain(task.getId());
    assertThat(asUser(rep, "Due today")).extracting(Task::getId).contains(task.getId());
    assertThat(asUser(rep, "Overdue")).extracting(Task::getId).doesNotContain(task.getId());

    clock.advance(Duration.ofMinutes(61));
    leads.fireTimer(pi, slaBreached(QUALIFY_LEAD));

    assertThat(asUser(rep, "Overdue")).extracting(Task::getId).contains(task.getId());
    assertThat(asUser("sofia", "Escalations")).extracting(Task::getTaskDefinitionKey)
        .contains(HandoffElements.RESOLVE_ESCALATION).doesNotContain(QUALIFY_LEAD);
  }
}
