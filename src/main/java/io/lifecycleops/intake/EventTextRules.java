package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.web.FieldError;
import io.lifecycleops.web.PlainText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every event must satisfy, whatever its type: no control characters in any text, also in the
 * fields its type does not read (PostgreSQL cannot store NUL, and none belongs in a name or a note).
 */
@Component
class EventTextRules {

  List<FieldError> check(JsonNode event) {
    List<FieldError> errors = new ArrayList<>();
    walk(event, "", errors);
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
