package io.lifecycleops.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.access.Caller;
import io.lifecycleops.access.Callers;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.JsonProblems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/events}: CloudEvents from the CRM, marketing automation and product analytics. */
@RestController
@RequestMapping("/api/events")
class EventsController {

  private final EventIntake intake;
  private final ObjectMapper json;

  EventsController(EventIntake intake, ObjectMapper json) {
    this.intake = intake;
    this.json = json;
  }

  @PostMapping(consumes = {"application/json", "application/cloudevents+json"})
  ResponseEntity<EventReceipt> post(@RequestBody(required = false) String body) {
    if (body == null || body.isBlank()) {
      throw new EventProblem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The request body is empty.",
          List.of(new FieldError("$", "a CloudEvent JSON object is required")));
    }
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw JsonProblems.malformed(e, body);
    }
    refuseTypesTheCallerMayNotPost(tree);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(intake.accept(tree));
  }

  /** Before anything is looked up or stored: an integration client posts only the types it is configured for. */
  private static void refuseTypesTheCallerMayNotPost(JsonNode tree) {
    JsonNode type = tree.path("type");
    if (!type.isTextual()) {
      return; // the envelope check names the missing type
    }
    Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("the access rules let an anonymous call through"));
    if (!caller.mayPost(type.asText())) {
      throw ApiProblem.forbidden("events:post:" + type.asText(), "You may post events of types " + caller.eventTypes()
          + " (lifecycle.access.integrations), not '" + type.asText() + "'.");
    }
  }
}
