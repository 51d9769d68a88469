package io.lifecycleops.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * A decision of one of our DMN files (from dmn/, packaged on the classpath), evaluated by a plain DMN engine: how
 * the table tests read the tables a designer edits.
 */
public final class DmnTable {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DmnTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** Decision {@code key} of {@code key.dmn}. */
  public static DmnTable of(String key) {
    return of(key, key);
  }

  /** Decision {@code decisionKey} of {@code file.dmn} (a file may hold several, as icp-fit does). */
  public static DmnTable of(String file, String decisionKey) {
    try (InputStream in = DmnTable.class.getResourceAsStream("/" + file + ".dmn")) {
      if (in == null) {
        throw new IllegalArgumentException("no " + file + ".dmn on the classpath");
      }
      return new DmnTable(DMN.parseDecision(decisionKey, in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecisionResult evaluate(Map<String, Object> variables) {
    return DMN.evaluateDecision(decision, variables);
  }
}
