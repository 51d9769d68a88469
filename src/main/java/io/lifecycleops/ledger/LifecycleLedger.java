package io.lifecycleops.ledger;

import io.lifecycleops.process.LifecycleVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only lifecycle ledger. Writes go through the caller's JDBC connection, so a row
 * written from a delegate or listener commits or rolls back with the engine state that caused it.
 */
@Component
public class LifecycleLedger {

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private static final String[] ID = {"id"};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ObjectProvider<LedgerProjection> projections;
  private volatile List<LedgerProjection> resolvedProjections;

  public LifecycleLedger(JdbcTemplate jdbc, ObjectMapper json, Clock clock, ObjectProvider<LedgerProjection> projections) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.projections = projections;
  }

  /** A fact written outside a process step (an API call, an event handler): no process key. */
  public void append(
      String subject,
      String processInstanceId,
      LedgerEventType type,
      String stage,
      String actor,
      Map<String, ?> details) {
    append(subject, processInstanceId, null, type, stage, actor, details);
  }

  public void append(
      String subject,
      String processInstanceId,
      String processKey,
      LedgerEventType type,
      String stage,
      String actor,
      Map<String, ?> details) {
    Instant now = clock.instant();
    String text = toJson(details);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into lifecycle_event (occurred_at, subject,"
          + " process_instance_id, process_key, type, stage, actor, details) values (?, ?, ?, ?, ?, ?, ?, ?)", ID);
      insert.setTimestamp(1, Timestamp.from(now));
      insert.setString(2, subject);
      insert.setString(3, processInstanceId);
      insert.setString(4, processKey);
      insert.setString(5, type.name());
      insert.setString(6, stage);
      insert.setString(7, actor);
      insert.setString(8, text);
      return insert;
    }, key);
    LedgerEntry entry = new LedgerEntry(key.getKey().longValue(), now, subject, processInstanceId, processKey, type, stage,
        actor, details == null ? Map.of() : java.util.Collections.unmodifiableMap(details));
    for (LedgerProjection projection : projections()) {
      projection.project(entry);
    }
  }

  /** The read models, looked up once (not while this bean is made: they may need the ledger's own beans). */
  private List<LedgerProjection> projections() {
    List<LedgerProjection> found = resolvedProjections;
    if (found == null) {
      found = projections.orderedStream().toList();
      resolvedProjections = found;
    }
    return found;
  }

  /**
   * A fact of a running process: its subject, instance, process and current stage come from the execution it happened
   * in (a task listener passes {@code task.getExecution()}).
   */
  public void append(DelegateExecution execution, LedgerEventType type, String actor, Map<String, ?> details) {
    append(execution, type, LifecycleVariables.STAGE.from(execution), actor, details);
  }

  /** A fact of a running process about a stage other than its current one (leaving or entering a stage). */
  public void append(DelegateExecution execution, LedgerEventType type, String stage, String actor, Map<String, ?> details) {
    append(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), processKeyOf(execution), type, stage, actor,
        details);
  }

  /** The key of the execution's process ("lead-to-opportunity" of "lead-to-opportunity:3:a1b2"). */
  public static String processKeyOf(DelegateExecution execution) {
    String definition = execution.getProcessDefinitionId();
    return definition == null ? null : definition.substring(0, definition.indexOf(':') < 0 ? definition.length()
        : definition.indexOf(':'));
  }

  /** The subject's rows in the order they happened. */
  public List<LedgerEntry> timeline(String subject) {
    return jdbc.query(
        "select id, occurred_at, subject, process_instance_id, process_key, type, stage, actor, details"
            + " from lifecycle_event where subject = ? order by occurred_at, id",
        (rs, n) -> entry(rs),
        subject);
  }

  /** One page of a subject's rows, oldest first; {@code next} continues after its last row, null on the last page. */
  public record Page(List<LedgerEntry> entries, String next) {}

  /**
   * Up to {@code limit} rows of the subject after {@code cursor} (null: from the start).
   *
   * @throws IllegalArgumentException for a cursor this ledger did not hand out
   */
  public Page page(String subject, String cursor, int limit) {
    Instant afterTime = Instant.EPOCH.minusSeconds(1);
    long afterId = Long.MIN_VALUE;
    if (cursor != null) {
      try {
        String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8)
            .split("/", 2);
        afterTime = Instant.parse(parts[0]);
        afterId = Long.parseLong(parts[1]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a timeline cursor: " + cursor, e);
      }
    }
    List<LedgerEntry> rows = jdbc.query(
        "select id, occurred_at, subject, process_instance_id, process_key, type, stage, actor, details from lifecycle_event"
            + " where subject = ? and (occurred_at > ? or (occurred_at = ? and id > ?)) order by occurred_at, id"
            + " fetch first ? rows only",
        (rs, n) -> entry(rs), subject, Timestamp.from(afterTime), Timestamp.from(afterTime), afterId, limit + 1);
    if (rows.size() <= limit) {
      return new Page(rows, null);
    }
    List<LedgerEntry> page = rows.subList(0, limit);
    LedgerEntry last = page.get(limit - 1);
    String next = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        (last.occurredAt() + "/" + last.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Page(List.copyOf(page), next);
  }

  private LedgerEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new LedgerEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("subject"),
        rs.getString("process_instance_id"),
        rs.getString("process_key"),
        LedgerEventType.valueOf(rs.getString("type")),
        rs.getString("stage"),
        rs.getString("actor"),
        fromJson(rs.getString("details")));
  }

  public Instant now() {
    return clock.instant();
  }

  private String toJson(Map<String, ?> details) {
    try {
      return json.writeValueAsString(details == null ? Map.of() : details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("ledger details are not serialisable: " + details, e);
    }
  }

  private Map<String, Object> fromJson(String details) {
    try {
      return json.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ledger row holds invalid JSON details", e);
    }
  }
}
