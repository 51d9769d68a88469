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
    SEGMENT.put(facts, SEGMENT.from(execution));
    int days = ((Number) decisions.required(DECISION, facts).get("daysBeforeEnd")).intValue();
    LocalDate termEnd = LocalDate.parse(TERM_END.from(execution));
    RENEWAL_WINDOW_OPENS_AT.on(execution).set(Date.from(termEnd.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant()));
    CONTRACT_ENDS_AT.on(execution).set(Date.from(termEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }
}
