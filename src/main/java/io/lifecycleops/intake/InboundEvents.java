package io.lifecycleops.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The inbound_event table: one row per accepted event (source, id), holding the answer given. */
@Component
class InboundEvents {

  record Stored(String source, String id, String payloadHash, EventReceipt receipt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  InboundEvents(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Stored> find(String source, String id) {
    return jdbc.query(
            "select source, id, payload_hash, status, process_instance_id, missing_criteria from inbound_event"
                + " where source = ? and id = ?",
            (rs, n) ->
                new Stored(
                    rs.getString("source"),
                    rs.getString("id"),
                    rs.getString("payload_hash"),
                    new EventReceipt(rs.getString("id"), EventStatus.valueOf(rs.getString("status")),
                        rs.getString("process_instance_id"), null, missing(rs.getString("missing_criteria")))),
            source, id)
        .stream()
        .findFirst();
  }

  /** Claims (source, id); a concurrent claim of the same event blocks here until the first one commits, then fails. */
  void claim(CloudEvent event, String payload, String payloadHash) {
    jdbc.update(
        "insert into inbound_event (source, id, type, payload_hash, payload, status, process_instance_id, received_at)"
            + " values (?, ?, ?, ?, ?, 'RECEIVED', null, ?)",
        event.source(),
        event.id(),
        event.type(),
        payloadHash,
        payload,
        Timestamp.from(clock.instant()));
  }

  private static List<String> missing(String joined) {
    return joined == null ? null : List.of(joined.split(","));
  }

  void answer(CloudEvent event, EventReceipt receipt) {
    jdbc.update(
        "update inbound_event set status = ?, process_instance_id = ?, missing_criteria = ? where source = ? and id = ?",
        receipt.status().name(),
        receipt.processInstanceId(),
        receipt.missingCriteria() == null || receipt.missingCriteria().isEmpty() ? null : String.join(",", receipt.missingCriteria()),
        event.source(),
        event.id());
  }
}
