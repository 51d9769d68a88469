package io.lifecycleops.ownership;

import io.lifecycleops.system.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the {@code raci} decision table: the only place group names come from. */
@Component
public class RaciTable {

  public static final String DECISION = "raci";

  private final Decisions decisions;

  public RaciTable(Decisions decisions) {
    this.decisions = decisions;
  }

  public RaciAssignment forHandoff(String handoff, Map<String, ?> facts) {
    Map<String, Object> input = new HashMap<>(facts);
    input.put("handoff", handoff);
    input.putIfAbsent("segment", null);
    input.putIfAbsent("region", null);
    Map<String, Object> row = decisions.required(DECISION, input);
    return new RaciAssignment(
        text(row, "responsibleGroup"),
        text(row, "accountableGroup"),
        text(row, "secondLevelGroup"),
        text(row, "consulted"),
        text(row, "informed"));
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
