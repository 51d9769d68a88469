package io.lifecycleops.risk;

import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * risk-signals: which of an account's signals make a risk play, how severe the play is (its most severe signal) and
 * how long the signals must stay clear before it closes by itself (the longest cool-down of its signals).
 */
@Component
class RiskSignalsTable {

  static final String DECISION = "risk-signals";
  private static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");

  private final Decisions decisions;

  RiskSignalsTable(Decisions decisions) {
    this.decisions = decisions;
  }

  /** What the table says of these signals; {@code none()} when nothing is a risk. */
  record Verdict(List<String> signals, List<String> labels, String severity, Integer coolDownDays) {

    boolean none() {
      return signals.isEmpty();
    }
  }

  /** The verdict on an account's signals, kept in the account's decision trail. */
  Verdict of(String accountId, Signals signals) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("reopenings", signals.reopenings());
    facts.put("escalations", signals.escalations());
    facts.put("daysWithoutReply", signals.longestUnansweredDays());
    facts.put("sentiment", signals.sentiment());
    List<Map<String, Object>> rows = decisions.decideFor(DecisionSubject.of(accountId), DECISION, facts).all();
    String severity = rows.stream().map(row -> String.valueOf(row.get("severity")))
        .max((a, b) -> Integer.compare(SEVERITIES.indexOf(a), SEVERITIES.indexOf(b))).orElse(null);
    Integer coolDown = rows.stream().map(row -> ((Number) row.get("coolDownDays")).intValue()).max(Integer::compare).orElse(null);
    return new Verdict(rows.stream().map(row -> String.valueOf(row.get("signal"))).toList(),
        rows.stream().map(row -> String.valueOf(row.get("label"))).toList(), severity, coolDown);
  }
}
