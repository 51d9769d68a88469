package io.lifecycleops.account;

import io.lifecycleops.account.AccountHealthRecords.Health;
import io.lifecycleops.decision.Decisions;
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

  public AccountRisk(Decisions decisions, AccountHealthRecords health) {
    this.decisions = decisions;
    this.health = health;
  }

  /** The table's verdict and the health facts behind it. */
  public record Assessment(Object risk, Object forecastCategory, Map<String, Object> facts) {}

  public Assessment assess(String accountId) {
    Health facts = health.of(accountId);
    Map<String, Object> result = decisions.required(DECISION, facts.facts());
    return new Assessment(result.get("risk"), result.get("forecastCategory"), facts.facts());
  }
}
