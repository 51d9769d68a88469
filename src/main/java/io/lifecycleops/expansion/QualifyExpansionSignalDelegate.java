package io.lifecycleops.expansion;

import static io.lifecycleops.expansion.ExpansionProcess.Variables.*;

import io.lifecycleops.account.AccountRisk;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.ledger.LedgerEntry;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Signal x health x segment x days since the last expansion -> qualified, play, owner role (expansion-qualification). */
@Component
public class QualifyExpansionSignalDelegate implements JavaDelegate {

  public static final String DECISION = "expansion-qualification";

  private final Decisions decisions;
  private final AccountRisk risk;
  private final LifecycleLedger ledger;

  public QualifyExpansionSignalDelegate(Decisions decisions, AccountRisk risk, LifecycleLedger ledger) {
    this.decisions = decisions;
    this.risk = risk;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String accountId = execution.getProcessBusinessKey();
    Map<String, Object> facts = new HashMap<>();
    SIGNAL.put(facts, SIGNAL.from(execution));
    facts.put("risk", risk.assess(accountId).risk());
    SEGMENT.put(facts, SEGMENT.from(execution));
    facts.put("daysSinceLastExpansion", daysSinceLastExpansion(accountId));
    Map<String, Object> result = decisions.decideFor(DecisionSubject.of(execution), DECISION, facts).required();
    SIGNAL_QUALIFIED.on(execution).set(Boolean.TRUE.equals(result.get("qualified")));
    PLAY.on(execution).set((String) result.get("play"));
    OWNER_ROLE.on(execution).set((String) result.get("ownerRole"));
  }

  private Long daysSinceLastExpansion(String accountId) {
    return ledger.timeline(accountId).stream()
        .filter(e -> e.type() == LedgerEventType.REVENUE && "EXPANSION".equals(e.details().get("kind")))
        .map(LedgerEntry::occurredAt)
        .reduce((a, b) -> b)
        .map(last -> Duration.between(last, ledger.now()).toDays())
        .orElse(null);
  }
}
