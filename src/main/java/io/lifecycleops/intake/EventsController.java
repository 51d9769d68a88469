package io.lifecycleops.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.web.FieldError;
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
  private final EventTypePermission permission;

  EventsController(EventIntake intake, ObjectMapper json, EventTypePermission permission) {
    this.intake = intake;
    this.json = json;
    this.permission = permission;
  }

  @PostMapping(consumes = {"application/json", "application/cloudevents+json"})
  @io.swagger.v3.oas.annotations.Operation(summary = "Post an event (CloudEvents 1.0, structured JSON)")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
      mediaType = "application/json",
      schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = EventEnvelope.class)))
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202",
      description = "Accepted and durably stored (or the first answer to the same event)")
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
  private void refuseTypesTheCallerMayNotPost(JsonNode tree) {
    JsonNode type = tree.path("type");
    if (type.isTextual()) { // else the envelope check names the missing type
      permission.check(type.asText());
    }
  }

}
