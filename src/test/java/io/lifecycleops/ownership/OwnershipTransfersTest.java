package io.lifecycleops.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.ProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One account, one owner: atomic transfers, an audit trail, and open tasks that follow the account. */
@ProcessTest
class OwnershipTransfersTest {

  @Autowired OwnershipTransfers transfers;
  @Autowired AccountDirectory accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ProcessScenario scenario;

  private String accountOwnedBy(String owner) {
    String id = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensure(id, "Initech", "ENTERPRISE", "EMEA");
    accounts.claimIfUnowned(id, owner);
    return id;
  }

  @Test
  void twoConcurrentTransfersOfTheSameAccountLeaveExactlyOneOwner() throws Exception {
    String accountId = accountOwnedBy("ethan");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> attempts = new ArrayList<>();
    for (String csm : List.of("chloe", "carlos")) {
      Callable<String> attempt = () -> {
        go.await();
        try {
          transfers.transfer(accountId, "ethan", csm, "closed-won", null);
          return csm;
        } catch (OwnershipConflictException refused) {
          return "refused";
        }
      };
      attempts.add(pool.submit(attempt));
    }
    go.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> a : attempts) {
      outcomes.add(a.get());
    }
    pool.shutdown();

    assertThat(outcomes).containsOnlyOnce("refused");
    String winner = outcomes.stream().filter(o -> !o.equals("refused")).findFirst().orElseThrow();
    assertThat(accounts.byId(accountId).orElseThrow().owner()).isEqualTo(winner);
    assertThat(transfers.history(accountId)).singleElement().satisfies(t -> assertThat(t.to()).isEqualTo(winner));
    assertThat(scenario.ledger(accountId, LedgerEventType.OWNER_CHANGED)).hasSize(1);
  }

  @Test
  void transferFromSomeoneWhoNoLongerOwnsTheAccountIsRefusedAndChangesNothing() {
    String accountId = accountOwnedBy("ethan");

    assertThatThrownBy(() -> transfers.transfer(accountId, "olivia", "chloe", "stale view", null))
        .isInstanceOf(OwnershipConflictException.class).hasMessageContaining("owned by ethan");

    assertThat(accounts.byId(accountId).orElseThrow().owner()).isEqualTo("ethan");
    assertThat(transfers.history(accountId)).isEmpty();
  }

  @Test
  void openTasksTheRaciGivesToTheNewOwnersGroupMoveWithTheAccount() {
    String accountId = accountOwnedBy("ethan");
    // A process with two handoffs on the account, both held by the AE: accepting the account is CS work
    // (raci: cs-enterprise), completing the handoff package stays with sales (ae-enterprise).
    BpmnModelInstance model = Bpmn.createExecutableProcess("account-tasks-probe").camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("Gateway_Fork")
        .userTask("UserTask_AcceptAccount").camundaInputParameter("handoff", "ACCEPT_ACCOUNT")
        .camundaInputParameter("routingDecision", "handoff-routing")
        .camundaTaskListenerDelegateExpression("create", "${handoffTaskListener}").endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("UserTask_CompleteHandoffPackage").camundaInputParameter("handoff", "COMPLETE_HANDOFF_PACKAGE")
        .camundaInputParameter("routingDecision", "handoff-routing")
        .camundaTaskListenerDelegateExpression("create", "${handoffTaskListener}").endEvent().done();
    String deployment = repository.createDeployment().addModelInstance("account-tasks-probe.bpmn", model).deploy().getId();
    try {
      String pi = runtime.startProcessInstanceByKey("account-tasks-probe", accountId,
          Map.of("segment", "ENTERPRISE", "region", "EMEA", "accountOwner", "ethan", "kickoffSla", "P5D")).getId();
      assertThat(tasks.createTaskQuery().processInstanceId(pi).taskAssignee("ethan").count()).isEqualTo(2);

      OwnershipTransfers.Transfer transfer = transfers.transfer(accountId, "ethan", "chloe", "closed-won", pi);

      assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_AcceptAccount").singleResult()
          .getAssignee()).isEqualTo("chloe");
      assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("UserTask_CompleteHandoffPackage").singleResult()
          .getAssignee()).isEqualTo("ethan");
      assertThat(transfer.movedTasks()).hasSize(1);
      assertThat(scenario.ledger(accountId, LedgerEventType.TASK_MOVED)).singleElement()
          .satisfies(e -> assertThat(e.details()).containsEntry("from", "ethan").containsEntry("to", "chloe"));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
