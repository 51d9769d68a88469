package io.lifecycleops.sla;

import io.lifecycleops.system.Decisions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads SLA policies from the {@code handoff-sla} decision table. */
@Component
public class SlaPolicies {

  public static final String DECISION = "handoff-sla";

  private final Decisions decisions;

  public SlaPolicies(Decisions decisions) {
    this.decisions = decisions;
  }

  public SlaPolicy forHandoff(String handoff, Map<String, ?> facts) {
    Map<String, Object> input = new HashMap<>(facts);
    input.put("handoff", handoff);
    input.putIfAbsent("segment", null);
    input.putIfAbsent("priority", null);
    Map<String, Object> row = decisions.required(DECISION, input);
    return new SlaPolicy(
        duration(row, "sla"),
        ((Number) row.get("warningPercent")).intValue(),
        duration(row, "secondLevelAfter"),
        String.valueOf(row.get("calendar")));
  }

  private static Duration duration(Map<String, Object> row, String column) {
    Object value = row.get(column);
    try {
      return Duration.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          DECISION + " column '" + column + "' must be an ISO-8601 duration such as PT4H or P1D, was " + value, e);
    }
  }
}
