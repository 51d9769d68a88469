package io.lifecycleops.ownership;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an insert that may lose a race against a concurrent identical insert. The insert runs under
 * a savepoint so that a unique-key violation (which would abort a PostgreSQL transaction) rolls
 * back only the insert; the caller then reads the winner's row.
 */
@Component
public class InsertOnce {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public InsertOnce(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** @return true when this call inserted the row */
  public boolean run(String sql, Object... args) {
    try {
      return Boolean.TRUE.equals(savepoint.execute(status -> jdbc.update(sql, args) == 1));
    } catch (DuplicateKeyException lostTheRace) {
      return false;
    }
  }
}
