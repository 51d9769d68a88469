package io.lifecycleops.renewal;

import static io.lifecycleops.renewal.RenewalProcess.Variables.*;

import io.lifecycleops.decision.Decisions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The renewal window opens renewal-window days before the contract ends; the contract ends after its last day. */
@Component
public class DetermineRenewalWindowDelegate implements JavaDelegate {

  public static final String DECISION = "renewal-window";

  private final Decisions decisions;

  public DetermineRenewalWindowDelegate(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(SEGMENT, execution.getVariable(SEGMENT));
    int days = ((Number) decisions.required(DECISION, facts).get("daysBeforeEnd")).intValue();
    LocalDate termEnd = LocalDate.parse((String) execution.getVariable(TERM_END));
    execution.setVariable(RENEWAL_WINDOW_OPENS_AT, Date.from(termEnd.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant()));
    execution.setVariable(CONTRACT_ENDS_AT, Date.from(termEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }
}
