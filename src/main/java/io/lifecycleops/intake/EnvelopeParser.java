package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.web.FieldError;
import io.lifecycleops.web.FieldErrors;
import io.lifecycleops.web.JsonRecords;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks the CloudEvents 1.0 envelope ({@link EventEnvelope}) and names every invalid attribute. */
@Component
class EnvelopeParser {

  private final JsonRecords records;

  EnvelopeParser(JsonRecords records) {
    this.records = records;
  }

  CloudEvent parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new EventProblem(HttpStatus.BAD_REQUEST, "Invalid event", "The body must be a JSON object (a CloudEvent).",
          List.of(new FieldError("$", "must be a JSON object")));
    }
    JsonRecords.Read<EventEnvelope> read = records.read(body, EventEnvelope.class, "");
    EventEnvelope envelope = read.value();
    FieldErrors errors = read.errors();
    if (envelope.data() != null && !envelope.data().isObject()) {
      errors.add("data", "must be a JSON object");
    }
    if (!errors.isEmpty()) {
      throw invalid(errors.list());
    }
    return new CloudEvent(envelope.id(), envelope.type(), envelope.source(), envelope.time(), envelope.data());
  }

  static EventProblem invalid(List<FieldError> errors) {
    return new EventProblem(
        HttpStatus.BAD_REQUEST,
        "Invalid event",
        errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.",
        errors);
  }
}
