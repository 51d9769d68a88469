package io.lifecycleops.intake;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serializes the events of one lead or account, on every node: the first holds the subject's row
 * lock until it commits, so the next sees the process it started instead of starting a second.
 */
@Component
class SubjectLocks {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  SubjectLocks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Takes the subject's lock for the rest of the current transaction. */
  void lock(String subject) {
    try {
      // Under a savepoint: losing the race to create the row must not abort a PostgreSQL transaction.
      savepoint.executeWithoutResult(status -> jdbc.update("insert into subject_lock (subject) values (?)", subject));
    } catch (DuplicateKeyException exists) {
      // another event created it first; lock it below
    }
    jdbc.queryForObject("select subject from subject_lock where subject = ? for update", String.class, subject);
  }
}
