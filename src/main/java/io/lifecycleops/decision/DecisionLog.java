package io.lifecycleops.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.decision.Decisions.Decided;
import io.lifecycleops.decision.Decisions.MatchedRule;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluations the service makes for a subject outside a business-rule task (table decision_evaluation), written
 * in the transaction that acts on them; Camunda's decision history holds the business-rule tasks' own.
 */
@Component
public class DecisionLog {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  /** From the DataSource, not Spring's JdbcTemplate bean: a Flyway migration reaches this bean through raci. */
  public DecisionLog(DataSource dataSource, ObjectMapper json, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.json = json;
    this.clock = clock;
  }

  void record(DecisionSubject subject, Decided decided) {
    if (subject == null || subject.subject() == null) {
      return;
    }
    jdbc.update("""
        insert into decision_evaluation (subject, process_instance_id, activity_id, decision_key, decision_name,
            decision_version, evaluated_at, inputs, matched_rules) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        subject.subject(), subject.processInstanceId(), subject.activityId(), decided.decision(),
        decided.decisionName(), decided.version(), Timestamp.from(clock.instant()), write(decided.inputs()),
        write(decided.matchedRules()));
  }

  /** One kept evaluation, as DecisionTrail shows it. */
  record Kept(long id, java.time.Instant evaluatedAt, String decision, String decisionName, int version,
      String processInstanceId, String activityId, Map<String, Object> inputs, List<MatchedRule> matchedRules) {}

  List<Kept> of(Collection<String> subjects, int max) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return new NamedParameterJdbcTemplate(jdbc).query("""
        select id, evaluated_at, decision_key, decision_name, decision_version, process_instance_id, activity_id,
               inputs, matched_rules
        from decision_evaluation where subject in (:subjects) order by evaluated_at desc, id desc limit :max""",
        new MapSqlParameterSource("subjects", subjects).addValue("max", max), (rs, row) -> new Kept(rs.getLong("id"),
            rs.getTimestamp("evaluated_at").toInstant(), rs.getString("decision_key"), rs.getString("decision_name"),
            rs.getInt("decision_version"), rs.getString("process_instance_id"), rs.getString("activity_id"),
            read(rs.getString("inputs"), new TypeReference<>() {}), read(rs.getString("matched_rules"),
                new TypeReference<>() {})));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An evaluation's inputs cannot be written as JSON", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A kept evaluation cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
