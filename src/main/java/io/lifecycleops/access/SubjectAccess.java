package io.lifecycleops.access;

import io.lifecycleops.account.Opportunities;
import io.lifecycleops.account.Opportunities.Opportunity;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a caller may see and change of one lead, account, opportunity or handoff. Reps see what they
 * hold a task on or what waits in one of their groups; managers what runs in a process they
 * manage; owners their accounts and opportunities. The queries run as the service (engine
 * authorization does not apply to them), so they see everything and decide here.
 */
@Component
class SubjectAccess {

  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final AccountDirectory accounts;
  private final Opportunities opportunities;
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  SubjectAccess(TaskService tasks, HistoryService history, RepositoryService repository, AccountDirectory accounts,
      Opportunities opportunities) {
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.accounts = accounts;
    this.opportunities = opportunities;
  }

  /** A lead's process runs (or ran) under the lead id as business key. */
  boolean seesLead(Caller caller, String leadId) {
    return managesSubject(caller, leadId) || holdsTaskOn(caller, leadId);
  }

  boolean seesAccount(Caller caller, String accountId) {
    return ownsAccount(caller, accountId) || managesSubject(caller, accountId) || holdsTaskOn(caller, accountId);
  }

  boolean ownsAccount(Caller caller, String accountId) {
    return accounts.byId(accountId).map(Account::owner).filter(caller.userId()::equals).isPresent();
  }

  /** A manager of one of the processes that run or ran for this account. */
  boolean managesAccount(Caller caller, String accountId) {
    return managesSubject(caller, accountId);
  }

  boolean ownsOpportunity(Caller caller, String opportunityId) {
    return opportunities.byId(opportunityId).map(Opportunity::owner).filter(caller.userId()::equals).isPresent();
  }

  /** A manager of the deal's own process (opportunity-to-close) or of the one it came from (lead-to-opportunity, expansion). */
  boolean managesOpportunity(Caller caller, String opportunityId) {
    if (managesSubject(caller, opportunityId)) {
      return true;
    }
    Optional<String> process = opportunities.processInstanceOf(opportunityId).map(this::processKeyOfInstance);
    return process.isPresent() && caller.managedProcesses().contains(process.get());
  }

  boolean seesOpportunity(Caller caller, String opportunityId) {
    Optional<Opportunity> opportunity = opportunities.byId(opportunityId);
    return opportunity.isPresent() && (caller.userId().equals(opportunity.get().owner())
        || managesOpportunity(caller, opportunityId) || seesAccount(caller, opportunity.get().accountId()));
  }

  boolean seesHandoff(Caller caller, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return false;
    }
    if (caller.userId().equals(task.getAssignee())) {
      return true;
    }
    if (task.getProcessDefinitionId() != null && caller.managedProcesses().contains(processKey(task.getProcessDefinitionId()))) {
      return true;
    }
    return tasks.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
            && (caller.groups().contains(link.getGroupId()) || caller.userId().equals(link.getUserId())));
  }

  private boolean managesSubject(Caller caller, String businessKey) {
    return !caller.managedProcesses().isEmpty() && history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKeyIn(caller.managedProcesses().toArray(String[]::new))
        .count() > 0;
  }

  private boolean holdsTaskOn(Caller caller, String businessKey) {
    if (tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskAssignee(caller.userId()).count() > 0) {
      return true;
    }
    return !caller.groups().isEmpty() && tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskCandidateGroupIn(caller.groups().stream().toList()).includeAssignedTasks().count() > 0;
  }

  private String processKeyOfInstance(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return instance == null ? null : instance.getProcessDefinitionKey();
  }

  private String processKey(String processDefinitionId) {
    return processKeys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
  }
}
