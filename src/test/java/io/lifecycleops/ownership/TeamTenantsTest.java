package io.lifecycleops.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.support.ProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees a handoff task: its team and managers, and the account owner it is routed to from outside the team. */
@ProcessTest
class TeamTenantsTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  String deployment;

  @BeforeEach
  void aProcessWithOneHandoffThatRaciGivesToCsEnterprise() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("team-tenant-probe").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_AcceptAccount").camundaInputParameter("handoff", "ACCEPT_ACCOUNT")
        .camundaInputParameter("routingDecision", "handoff-routing")
        .camundaTaskListenerDelegateExpression("create", "${handoffTaskListener}").endEvent().done();
    deployment = repository.createDeployment().addModelInstance("team-tenant-probe.bpmn", model).deploy().getId();
  }

  @AfterEach
  void removeIt() {
    repository.deleteDeployment(deployment, true);
  }

  private Task openedFor(String owner) {
    String pi = runtime.startProcessInstanceByKey("team-tenant-probe", "acct-probe",
        Map.of("segment", "ENTERPRISE", "region", "EMEA", "accountOwner", owner, "kickoffSla", "P5D")).getId();
    return tasks.createTaskQuery().processInstanceId(pi).singleResult();
  }

  /** The task as the user sees it in Tasklist: with their groups and their groups' tenants. */
  private Task asSeenBy(String user, String taskId) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(t -> t.getId()).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void aTaskOfTheOwnersOwnTeamBelongsToThatTeam() {
    Task task = openedFor("chloe");

    assertThat(task.getTenantId()).isEqualTo("cs-enterprise");
    assertThat(asSeenBy("chloe", task.getId())).isNotNull();
    assertThat(asSeenBy("carlos", task.getId())).as("a teammate").isNotNull();
    // Managers see tasks of the processes they manage only (this probe is none of them): TaskIsolationIT.
    assertThat(asSeenBy("victor", task.getId())).as("the CS manager, outside his processes").isNull();
    assertThat(asSeenBy("emma", task.getId())).as("an SDR").isNull();
  }

  @Test
  void anOwnerOutsideTheTeamSharesTheTaskWithTheTeamAndNobodyElse() {
    Task task = openedFor("ethan");

    assertThat(task.getAssignee()).isEqualTo("ethan");
    assertThat(task.getTenantId()).isEqualTo("cs-enterprise.ethan");
    assertThat(asSeenBy("ethan", task.getId())).isNotNull();
    assertThat(asSeenBy("chloe", task.getId())).isNotNull();
    assertThat(asSeenBy("olivia", task.getId())).as("ethan's own teammate").isNull();
    assertThat(asSeenBy("emma", task.getId())).isNull();
  }

  @Test
  void aTaskCannotBeHandedToSomeoneWhoCouldNotSeeIt() {
    Task task = openedFor("chloe");

    assertThatThrownBy(() -> tasks.setAssignee(task.getId(), "emma")).hasMessageContaining("emma")
        .hasMessageContaining("cs-enterprise");
    tasks.setAssignee(task.getId(), "carlos");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("carlos");
  }
}
