package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.web.FieldError;
import io.lifecycleops.web.PlainText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What every event must satisfy, whatever its type: no control characters in any text (PostgreSQL
 * cannot store NUL, and none belongs in a name or a note), and subject ids that are ids, not prose.
 */
@Component
class EventTextRules {

  /** 1-128 letters, digits and {@code ._:@-}: fits every id column and reads well in a URL. */
  static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
  static final Set<String> SUBJECT_FIELDS = Set.of("leadId", "accountId", "opportunityId", "contractId");

  List<FieldError> check(JsonNode event) {
    List<FieldError> errors = new ArrayList<>();
    walk(event, "", errors);
    JsonNode data = event.path("data");
    for (String field : SUBJECT_FIELDS) {
      JsonNode id = data.get(field);
      if (id != null && id.isTextual() && !id.asText().isEmpty() && !SUBJECT_ID.matcher(id.asText()).matches()) {
        errors.add(new FieldError("data." + field, "must be an id: 1-128 letters, digits and . _ : @ -"));
      }
    }
    return errors;
  }

  private static void walk(JsonNode node, String path, List<FieldError> errors) {
    if (node.isTextual()) {
      int bad = PlainText.firstControlCharacter(node.asText());
      if (bad >= 0) {
        errors.add(new FieldError(path.isEmpty() ? "$" : path,
            String.format(PlainText.MESSAGE + " (found U+%04X)", (int) node.asText().charAt(bad))));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (PlainText.firstControlCharacter(field.getKey()) >= 0) {
          errors.add(new FieldError(path.isEmpty() ? "$" : path, "has a field name with control characters"));
          continue;
        }
        walk(field.getValue(), child, errors);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", errors);
      }
    }
  }
}
