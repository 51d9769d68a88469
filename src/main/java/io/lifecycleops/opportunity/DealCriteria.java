package io.lifecycleops.opportunity;

import io.lifecycleops.account.OpportunityStage;
import io.lifecycleops.decision.Decisions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a deal must show to leave its stage, from opportunity-exit-criteria: the criteria of the stage it leaves and
 * of every stage a forward move skips. A criterion is met when its recorded value is {@code true} or a text that is
 * not blank (the CRM may send a note, e.g. who the champion is).
 */
@Component
public class DealCriteria {

  static final String DECISION = "opportunity-exit-criteria";

  private final Decisions decisions;

  public DealCriteria(Decisions decisions) {
    this.decisions = decisions;
  }

  /** One exit criterion: its name (the variable and CRM field) and the label a person reads. */
  public record Criterion(String name, String label) {}

  /** What moving from {@code from} to {@code to} needs, in the table's order. */
  public List<Criterion> required(OpportunityStage from, OpportunityStage to) {
    Map<String, Criterion> required = new LinkedHashMap<>();
    for (OpportunityStage left : from.leftFor(to)) {
      for (Map<String, Object> row : decisions.all(DECISION, Map.of("stage", left.name(), "toStage", to.name()))) {
        String name = String.valueOf(row.get("criterion"));
        required.putIfAbsent(name, new Criterion(name, String.valueOf(row.getOrDefault("label", name))));
      }
    }
    return List.copyOf(required.values());
  }

  /** The criteria of leaving {@code stage} for the next one: what the deal works towards now. */
  public List<Criterion> ofStage(OpportunityStage stage) {
    return stage.isClosed() ? List.of() : required(stage, OpportunityStage.values()[stage.ordinal() + 1]);
  }

  /** Every criterion the table knows, over all stages: the names a move may record. */
  public List<Criterion> all() {
    return required(OpportunityStage.DISCOVERY, OpportunityStage.CLOSED_WON);
  }

  public List<Criterion> missing(List<Criterion> required, Map<String, ?> recorded) {
    List<Criterion> missing = new ArrayList<>();
    for (Criterion criterion : required) {
      if (!met(recorded.get(criterion.name()))) {
        missing.add(criterion);
      }
    }
    return missing;
  }

  public static boolean met(Object value) {
    return Boolean.TRUE.equals(value) || (value instanceof String text && !text.isBlank() && !"false".equalsIgnoreCase(text.strip()));
  }
}
