package io.lifecycleops.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signals a CSM resolved a play for. They stay acknowledged until the account's signals clear: the same silence
 * heard again tomorrow is not a new risk, but a signal the CSM did not see is.
 */
@Component
class RiskPlayResolutions {

  private final JdbcTemplate jdbc;

  RiskPlayResolutions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void resolved(String accountId, String signals, Instant at) {
    int updated = jdbc.update("update risk_play_resolution set signals = ?, resolved_at = ? where account_id = ?", signals,
        Timestamp.from(at), accountId);
    if (updated == 0) {
      jdbc.update("insert into risk_play_resolution (account_id, signals, resolved_at) values (?, ?, ?)", accountId, signals,
          Timestamp.from(at));
    }
  }

  /** Whether a CSM already resolved a play for every one of these signals, and they have not cleared since. */
  boolean acknowledged(String accountId, Collection<String> signals) {
    Set<String> resolved = jdbc.query("select signals from risk_play_resolution where account_id = ?",
        rs -> rs.next() ? Arrays.stream(rs.getString(1).split(",")).collect(Collectors.toSet()) : Set.<String>of(), accountId);
    return resolved.containsAll(signals);
  }

  void forget(String accountId) {
    jdbc.update("delete from risk_play_resolution where account_id = ?", accountId);
  }
}
