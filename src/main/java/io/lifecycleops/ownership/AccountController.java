package io.lifecycleops.ownership;

import io.lifecycleops.process.LifecycleVariables;
import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.identity.KnownUser;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.JsonRecords;
import io.lifecycleops.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import io.lifecycleops.account.AccountSignals;
import io.lifecycleops.account.Opportunities;
import io.lifecycleops.decision.DecisionTrail;
import io.lifecycleops.account.SignalArithmetic.Signals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An account: its owner, stage and open handoffs; its timeline; and a change of owner. */
@RestController
class AccountController {

  private final AccountDirectory accounts;
  private final OwnershipTransfers transfers;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JsonRecords records;
  private final LifecycleLedger ledger;
  private final List<AccountDetails> details;
  private final AccountSignals signals;

  private final DecisionTrail decisionTrail;
  private final Opportunities opportunities;

  AccountController(AccountDirectory accounts, OwnershipTransfers transfers, TaskService tasks, RuntimeService runtime,
      JsonRecords records, LifecycleLedger ledger, List<AccountDetails> details, AccountSignals signals,
      DecisionTrail decisionTrail, Opportunities opportunities) {
    this.decisionTrail = decisionTrail;
    this.opportunities = opportunities;
    this.signals = signals;
    this.details = details;
    this.accounts = accounts;
    this.transfers = transfers;
    this.tasks = tasks;
    this.runtime = runtime;
    this.records = records;
    this.ledger = ledger;
  }

  record HandoffSummary(String taskId, String name, String handoff, String assignee, Instant dueAt, String processInstanceId) {}

  record AccountView(String id, String name, String domain, String owner, String stage, String segment, String region,
      List<HandoffSummary> openHandoffs, List<OwnershipTransfers.Transfer> owners, Signals signals,
      Map<String, Object> lifecycle) {}

  record OwnerChange(
      @NotBlank(message = "is required") @KnownUser String owner,
      String expectedOwner,
      @NotBlank(message = "is required") @Size(max = MAX_REASON_LENGTH) String reason) {}

  /** ownership_change.reason holds 1000 characters. */
  static final int MAX_REASON_LENGTH = 1000;

  @GetMapping("/api/accounts/{id}")
  AccountView account(@PathVariable String id) {
    Account account = accounts.byId(id).orElseThrow(() -> notFound(id));
    List<HandoffSummary> open = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(id).orderByDueDate().asc().list()) {
      Object handoff = task.getExecutionId() == null ? null : runtime.getVariableLocal(task.getExecutionId(), LifecycleVariables.HANDOFF.name());
      open.add(new HandoffSummary(task.getId(), task.getName(), handoff == null ? null : handoff.toString(), task.getAssignee(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getProcessInstanceId()));
    }
    Map<String, Object> lifecycle = new LinkedHashMap<>();
    details.forEach(d -> lifecycle.putAll(d.of(id)));
    return new AccountView(account.id(), account.name(), account.domain(), account.owner(), account.stage(), account.segment(),
        account.region(), open, transfers.history(id), signals.of(id), lifecycle);
  }

  /** Every table that decided about the account and its deals (their processes and the service's own tables), newest first. */
  @GetMapping("/api/accounts/{id}/decisions")
  List<DecisionTrail.Evaluation> decisions(@PathVariable String id) {
    accounts.byId(id).orElseThrow(() -> notFound(id));
    List<String> subjects = new java.util.ArrayList<>(List.of(id));
    subjects.addAll(opportunities.idsOf(id));
    return decisionTrail.ofSubjects(subjects);
  }

  @GetMapping("/api/accounts/{id}/timeline")
  ResponseEntity<List<LedgerEntry>> timeline(@PathVariable String id, @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor, HttpServletRequest request) {
    accounts.byId(id).orElseThrow(() -> notFound(id));
    int size = Pages.limit(limit);
    try {
      LifecycleLedger.Page page = ledger.page(id, cursor, size);
      return Pages.of(page.entries(), page.next(), size, request);
    } catch (IllegalArgumentException e) {
      throw Pages.badCursor();
    }
  }

  /** Gives the account to another owner; refused with 409 if its owner is no longer {@code expectedOwner}. */
  @PutMapping("/api/accounts/{id}/owner")
  AccountView changeOwner(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    OwnerChange change = records.valid(body, OwnerChange.class, "The owner change is incomplete.");
    Account account = accounts.byId(id).orElseThrow(() -> notFound(id));
    String expected = change.expectedOwner() != null ? change.expectedOwner() : account.owner();
    try {
      transfers.transfer(id, expected, change.owner(), change.reason(), null);
    } catch (OwnershipConflictException conflict) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Owner changed meanwhile", conflict.getMessage());
    }
    return account(id);
  }

  private static ApiProblem notFound(String id) {
    return ApiProblem.notFound("account", id);
  }
}
