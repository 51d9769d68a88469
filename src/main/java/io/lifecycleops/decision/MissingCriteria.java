package io.lifecycleops.decision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a COLLECT table says is missing (exit criteria, handoff fields): each row's code and its label
 * a person reads, each once, in the table's order. Stored as variables the forms and gateways read:
 * codes joined by "," and labels by ", ".
 */
public record MissingCriteria(List<String> codes, List<String> labels) {

  /** The rows' {@code codeColumn} and {@code label} outputs; a row without a label shows its code. */
  public static MissingCriteria of(List<Map<String, Object>> rows, String codeColumn) {
    List<String> codes = rows.stream().map(row -> String.valueOf(row.get(codeColumn))).distinct().toList();
    List<String> labels = rows.stream()
        .map(row -> String.valueOf(Objects.requireNonNullElse(row.get("label"), row.get(codeColumn))))
        .distinct().toList();
    return new MissingCriteria(codes, labels);
  }

  public boolean none() {
    return codes.isEmpty();
  }

  public String codesText() {
    return String.join(",", codes);
  }

  public String labelsText() {
    return String.join(", ", labels);
  }
}
