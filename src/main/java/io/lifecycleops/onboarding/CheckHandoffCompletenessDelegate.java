package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import io.lifecycleops.decision.MissingCriteria;
import io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Decisions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Which parts of the sales-to-CS handoff package the segment requires (handoff-completeness) are missing. */
@Component
public class CheckHandoffCompletenessDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;

  public CheckHandoffCompletenessDelegate(io.lifecycleops.decision.Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> required = decisions.all(Decisions.HANDOFF_COMPLETENESS, Map.of(SEGMENT.name(), SEGMENT.from(execution)));
    MissingCriteria missing = MissingCriteria.of(required.stream()
        .filter(row -> !present(execution.getVariable(String.valueOf(row.get("field")))))
        .toList(), "field");
    HANDOFF_COMPLETE.on(execution).set(missing.none());
    MISSING_HANDOFF_FIELDS.on(execution).set(missing.codesText());
    MISSING_HANDOFF_TEXT.on(execution).set(missing.labelsText());
  }

  static boolean present(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Number n) {
      return n.doubleValue() > 0;
    }
    return !value.toString().isBlank();
  }
}
