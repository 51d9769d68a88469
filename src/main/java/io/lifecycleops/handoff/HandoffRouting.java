package io.lifecycleops.handoff;

import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.decision.Decisions.Decided;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a handoff's routing row from the decision the task names. */
@Component
public class HandoffRouting {

  /** The table that routes every handoff of every process. */
  public static final String DECISION = "handoff-routing";
  /** Its name until model version 2026-12; running instances of older model versions still name it. */
  static final String FORMER_NAME = "lead-routing";

  private final Decisions decisions;

  public HandoffRouting(Decisions decisions) {
    this.decisions = decisions;
  }

  public HandoffRoute route(String decision, String handoff, Map<String, ?> facts) {
    return route(null, decision, handoff, facts);
  }

  /** Routes and keeps the evaluation in the subject's decision trail (the reason its rep is shown). */
  public HandoffRoute route(DecisionSubject subject, String decision, String handoff, Map<String, ?> facts) {
    Map<String, Object> input = new HashMap<>(facts);
    HandoffVariables.HANDOFF.put(input, handoff);
    String key = FORMER_NAME.equals(decision) ? DECISION : decision;
    Decided decided = decisions.decideFor(subject, key, input);
    Map<String, Object> row = decided.required();
    return new HandoffRoute(
        HandoffRoute.Assignment.valueOf(String.valueOf(row.get("assignment"))),
        ((Number) row.get("openTaskCap")).intValue(),
        ((Number) row.get("taskPriority")).intValue(),
        decided.because());
  }
}
