package io.lifecycleops.intake;

import io.lifecycleops.ownership.InsertOnce;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serializes the events of one lead or account, on every node: the first holds the subject's row
 * lock until it commits, so the next sees the process it started instead of starting a second.
 */
@Component
public class SubjectLocks {

  private final JdbcTemplate jdbc;
  private final InsertOnce insertOnce;

  SubjectLocks(JdbcTemplate jdbc, InsertOnce insertOnce) {
    this.jdbc = jdbc;
    this.insertOnce = insertOnce;
  }

  /** Takes the subject's lock for the rest of the current transaction. */
  public void lock(String subject) {
    insertOnce.run("insert into subject_lock (subject) values (?)", subject);
    jdbc.queryForObject("select subject from subject_lock where subject = ? for update", String.class, subject);
  }
}
