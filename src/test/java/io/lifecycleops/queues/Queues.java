package io.lifecycleops.queues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.ProcessScenario;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Leads and Tasklist queues as the queue tests use them: posted like the CRM does, listed like Tasklist does. */
final class Queues {

  static final String FILTERS = "/engine-rest/filter?resourceType=Task";
  static final String BY_DUE_DATE = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

  private final ApiClient api;
  private final TaskService tasks;
  private final ObjectMapper json;

  Queues(ApiClient api, TaskService tasks, ObjectMapper json) {
    this.api = api;
    this.tasks = tasks;
    this.json = json;
  }

  /** A hot enterprise lead from {@code country}, posted as the CRM; its Qualify lead task. */
  Task lead(String country) {
    String leadId = ProcessScenario.newLeadId();
    Map<String, Object> data = new LinkedHashMap<>(ProcessScenario.hotEnterpriseLead(leadId));
    data.put("country", country);
    HttpResponse<String> accepted = api.post("/api/events", ApiClient.event("lead.mql", data), ApiClient.basic("crm", "crm"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    return tasks.createTaskQuery().processInstanceBusinessKey(leadId).singleResult();
  }

  /** Every task id each shared filter lists for the caller, as Tasklist asks for them. */
  Map<String, List<String>> of(String authorization) {
    Map<String, List<String>> queues = new LinkedHashMap<>();
    for (JsonNode filter : read(api.get(FILTERS, authorization))) {
      HttpResponse<String> listed = api.post("/engine-rest/filter/" + filter.get("id").asText() + "/list?firstResult=0&maxResults=1000",
          BY_DUE_DATE, authorization);
      assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
      List<String> ids = new ArrayList<>();
      read(listed).forEach(task -> ids.add(task.get("id").asText()));
      queues.put(filter.get("name").asText(), ids);
    }
    return queues;
  }

  JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(response.body(), e);
    }
  }
}
