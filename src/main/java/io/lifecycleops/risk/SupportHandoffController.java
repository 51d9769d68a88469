package io.lifecycleops.risk;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.JsonRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A CSM hands a customer issue to support: support accepts it on an SLA ("Accept customer issue"). */
@RestController
class SupportHandoffController {

  record SupportIssue(@NotBlank @Size(max = 500) String issue, @Size(max = 3900) String details) {}

  record HandedOver(String processInstanceId, String handoffTaskId) {}

  private final SupportHandoffs handoffs;
  private final AccountDirectory accounts;
  private final JsonRecords records;
  private final TaskService tasks;

  SupportHandoffController(SupportHandoffs handoffs, AccountDirectory accounts, JsonRecords records, TaskService tasks) {
    this.handoffs = handoffs;
    this.accounts = accounts;
    this.records = records;
    this.tasks = tasks;
  }

  @PostMapping("/api/accounts/{id}/support-handoffs")
  @Transactional
  ResponseEntity<HandedOver> handToSupport(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    accounts.byId(id).orElseThrow(() -> ApiProblem.notFound("account", id));
    SupportIssue issue = records.valid(body, SupportIssue.class, "Say what the customer's issue is.");
    ProcessInstance started = handoffs.handToSupport(id, issue.issue(), issue.details());
    Task accept = tasks.createTaskQuery().processInstanceId(started.getId()).singleResult();
    return ResponseEntity.created(URI.create("/api/handoffs/" + accept.getId() + "/sla"))
        .body(new HandedOver(started.getId(), accept.getId()));
  }
}
