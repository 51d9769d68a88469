package io.lifecycleops.account;

import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An account's risk and forecast category from its latest health (the renewal-risk table), read by the renewal
 * (its risk and save plan) and by expansion (no expansion play on an account at risk).
 */
@Component
public class AccountRisk {

  public static final String DECISION = "renewal-risk";

  private final Decisions decisions;
  private final AccountHealthRecords health;
  private final AccountSignals signals;

  public AccountRisk(Decisions decisions, AccountHealthRecords health, AccountSignals signals) {
    this.decisions = decisions;
    this.health = health;
    this.signals = signals;
  }

  /** The table's verdict and the health facts behind it. */
  public record Assessment(Object risk, Object forecastCategory, Map<String, Object> facts) {}

  /**
   * The health report's facts and what conversations and support say (signals over their window): escalations and
   * reopenings count whichever source saw more, and the customer's silence and sentiment are inputs of their own.
   */
  public Assessment assess(String accountId) {
    Map<String, Object> facts = new HashMap<>(health.of(accountId).facts());
    Signals said = signals.of(accountId);
    facts.merge("openEscalations", said.escalations(), (a, b) -> Math.max((Integer) a, (Integer) b));
    facts.merge("ticketReopenCount", said.reopenings(), (a, b) -> Math.max((Integer) a, (Integer) b));
    facts.put("daysWithoutReply", said.longestUnansweredDays());
    facts.put("sentiment", said.sentiment());
    Map<String, Object> result = decisions.decideFor(DecisionSubject.of(accountId), DECISION, facts).required();
    return new Assessment(result.get("risk"), result.get("forecastCategory"), facts);
  }
}
