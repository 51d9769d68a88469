package io.lifecycleops.sla;

import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
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
    return forHandoff(null, handoff, facts);
  }

  /** The handoff's row; with a subject, kept in its decision trail (the rule that set the due date). */
  public SlaPolicy forHandoff(DecisionSubject subject, String handoff, Map<String, ?> facts) {
    Map<String, Object> input = new HashMap<>(facts);
    input.put("handoff", handoff);
    input.putIfAbsent("segment", null);
    input.putIfAbsent("priority", null);
    Map<String, Object> row = decisions.decideFor(subject, DECISION, input).required();
    try {
      return new SlaPolicy(
          String.valueOf(row.get("sla")),
          ((Number) row.get("warningPercent")).intValue(),
          String.valueOf(row.get("secondLevelAfter")),
          String.valueOf(row.get("calendar")));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(DECISION + " row for " + handoff + " is invalid: " + e.getMessage(), e);
    }
  }
}
