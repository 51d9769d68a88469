package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import io.lifecycleops.decision.MissingCriteria;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.lead.LeadToOpportunityProcess.Decisions;
import io.lifecycleops.ledger.EntersStage;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.ledger.Stage;
import io.lifecycleops.ledger.StageTracker;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A lead the SDR qualified is sales-accepted (SAL); it becomes an SQL only when the
 * sql-exit-criteria table finds nothing missing. Otherwise the missing criteria go back to the SDR.
 */
@EntersStage({"SAL", "SQL"})
@Component
public class CheckSqlExitCriteriaDelegate implements JavaDelegate {

  private final io.lifecycleops.decision.Decisions decisions;
  private final StageTracker stages;
  private final LifecycleLedger ledger;
  private final Actors actors;

  public CheckSqlExitCriteriaDelegate(
      io.lifecycleops.decision.Decisions decisions, StageTracker stages, LifecycleLedger ledger, Actors actors) {
    this.decisions = decisions;
    this.stages = stages;
    this.ledger = ledger;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    stages.enter(execution, Stage.SAL, Map.of());

    Map<String, Object> facts = new HashMap<>();
    facts.put("needConfirmed", NEED_CONFIRMED.isTrueIn(execution));
    facts.put("authorityIdentified", present(AUTHORITY_ROLE.from(execution)));
    facts.put("timelineMonths", TIMELINE_MONTHS.from(execution));
    facts.put("meetingBooked", present(MEETING_BOOKED_AT.from(execution)));
    MissingCriteria missing = MissingCriteria.of(decisions.all(Decisions.SQL_EXIT_CRITERIA, facts), "criterion");
    SQL_EXIT_CRITERIA_MET.on(execution).set(missing.none());
    MISSING_CRITERIA.on(execution).set(missing.codesText());
    MISSING_CRITERIA_TEXT.on(execution).set(missing.labelsText());
    if (missing.none()) {
      stages.enter(execution, Stage.SQL, Map.of());
    } else {
      ledger.append(
          execution.getProcessBusinessKey(),
          execution.getProcessInstanceId(),
          LedgerEventType.EXIT_CRITERIA_MISSING,
          Stage.SAL.name(),
          actors.current(),
          Map.of("missing", missing.codes()));
    }
  }

  private static boolean present(Object value) {
    return value != null && !value.toString().isBlank();
  }
}
