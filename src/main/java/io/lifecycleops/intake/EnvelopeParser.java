package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.web.FieldError;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks the CloudEvents 1.0 envelope and names every invalid attribute. */
@Component
class EnvelopeParser {

  static final int MAX_ID_LENGTH = 200;

  CloudEvent parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new EventProblem(HttpStatus.BAD_REQUEST, "Invalid event", "The body must be a JSON object (a CloudEvent).",
          List.of(new FieldError("$", "must be a JSON object")));
    }
    List<FieldError> errors = new ArrayList<>();
    JsonNode spec = body.get("specversion");
    if (spec == null || spec.isNull()) {
      errors.add(new FieldError("specversion", "is required and must be \"1.0\""));
    } else if (!spec.isTextual() || !"1.0".equals(spec.asText())) {
      errors.add(new FieldError("specversion", "must be \"1.0\""));
    }
    String id = requiredText(body, "id", MAX_ID_LENGTH, errors);
    String type = requiredText(body, "type", 100, errors);
    String source = requiredText(body, "source", 500, errors);
    OffsetDateTime time = null;
    JsonNode timeNode = body.get("time");
    if (timeNode != null && !timeNode.isNull()) {
      try {
        time = OffsetDateTime.parse(timeNode.asText());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("time", "must be an RFC 3339 timestamp such as 2026-11-28T09:30:00Z"));
      }
    }
    JsonNode contentType = body.get("datacontenttype");
    if (contentType != null && !contentType.isNull() && !contentType.asText().startsWith("application/json")) {
      errors.add(new FieldError("datacontenttype", "must be application/json"));
    }
    JsonNode data = body.get("data");
    if (data == null || data.isNull()) {
      errors.add(new FieldError("data", "is required"));
    } else if (!data.isObject()) {
      errors.add(new FieldError("data", "must be a JSON object"));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return new CloudEvent(id, type, source, time, data);
  }

  static EventProblem invalid(List<FieldError> errors) {
    return new EventProblem(
        HttpStatus.BAD_REQUEST,
        "Invalid event",
        errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.",
        errors);
  }

  private static String requiredText(JsonNode body, String field, int maxLength, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
      errors.add(new FieldError(field, "is required and must be a non-empty string"));
      return null;
    }
    if (node.asText().length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return node.asText();
  }
}
