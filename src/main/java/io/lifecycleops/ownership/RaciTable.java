package io.lifecycleops.ownership;

import io.lifecycleops.process.LifecycleVariables;
import io.lifecycleops.decision.DecisionSubject;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.decision.Decisions.Decided;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/** Reads the {@code raci} decision table: the only place group names come from. */
@Component
public class RaciTable {

  public static final String DECISION = "raci";

  /** Every group the deployed table names, by role: who works handoffs and who they escalate to. */
  public record RaciGroups(Set<String> responsible, Set<String> accountable, Set<String> secondLevel) {

    /** Groups a breach escalates to: the managers. */
    public Set<String> escalation() {
      Set<String> managers = new LinkedHashSet<>(accountable);
      managers.addAll(secondLevel);
      return managers;
    }
  }

  private record Parsed(String definitionId, RaciGroups groups) {}

  private final Decisions decisions;
  private final RepositoryService repository;
  private final AtomicReference<Parsed> parsed = new AtomicReference<>();

  public RaciTable(Decisions decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  public RaciAssignment forHandoff(String handoff, Map<String, ?> facts) {
    return forHandoff(null, handoff, facts);
  }

  /** The handoff's row, kept in the subject's decision trail. */
  public RaciAssignment forHandoff(DecisionSubject subject, String handoff, Map<String, ?> facts) {
    Map<String, Object> input = new HashMap<>(facts);
    LifecycleVariables.HANDOFF.put(input, handoff);
    input.putIfAbsent("segment", null);
    input.putIfAbsent("region", null);
    Decided decided = decisions.decideFor(subject, DECISION, input);
    Map<String, Object> row = decided.required();
    return new RaciAssignment(
        text(row, "responsibleGroup"),
        text(row, "accountableGroup"),
        text(row, "secondLevelGroup"),
        text(row, "consulted"),
        text(row, "informed"),
        decided.because());
  }

  /** The groups of the latest deployed version, read from its rules (re-read after a new deployment). */
  public RaciGroups groups() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    if (latest == null) {
      return new RaciGroups(Set.of(), Set.of(), Set.of());
    }
    Parsed known = parsed.get();
    if (known != null && known.definitionId().equals(latest.getId())) {
      return known.groups();
    }
    RaciGroups groups = groupsOf(repository.getDmnModelInstance(latest.getId()));
    parsed.set(new Parsed(latest.getId(), groups));
    return groups;
  }

  /** The groups one version of the table names. */
  public static RaciGroups groupsOf(DmnModelInstance model) {
    Map<String, Set<String>> byColumn = new HashMap<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      List<Output> outputs = List.copyOf(table.getOutputs());
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        for (int i = 0; i < entries.size() && i < outputs.size(); i++) {
          Set<String> column = byColumn.computeIfAbsent(outputs.get(i).getName(), k -> new LinkedHashSet<>());
          Arrays.stream(entries.get(i).getTextContent().replace("\"", "").split(","))
              .map(String::trim).filter(g -> !g.isEmpty()).forEach(column::add);
        }
      }
    }
    return new RaciGroups(
        Set.copyOf(byColumn.getOrDefault("responsibleGroup", Set.of())),
        Set.copyOf(byColumn.getOrDefault("accountableGroup", Set.of())),
        Set.copyOf(byColumn.getOrDefault("secondLevelGroup", Set.of())));
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
