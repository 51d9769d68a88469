package io.lifecycleops.risk;

import io.lifecycleops.account.AccountSignals;
import io.lifecycleops.intake.SubjectLocks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time changes signals without any new fact: reopenings leave the 30-day window, a customer's silence reaches 14
 * days. Each account whose signals the clock has moved is heard again, in its own transaction under its subject lock
 * (the lock its events take), so on several nodes each is rechecked once: a node that waited for the lock finds it
 * no longer due. An account that fails stays due and is tried on the next run.
 */
@Component
public class SignalRechecks {

  private static final Logger log = LoggerFactory.getLogger(SignalRechecks.class);
  /** Accounts read per query; each is its own transaction. */
  static final int BATCH = 100;

  private final AccountSignals signals;
  private final SignalNews news;
  private final SubjectLocks locks;
  private final TransactionTemplate transaction;

  SignalRechecks(AccountSignals signals, SignalNews news, SubjectLocks locks, PlatformTransactionManager transactions) {
    this.signals = signals;
    this.news = news;
    this.locks = locks;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Rechecks every account due now; answers how many had news for their followers. */
  public int recheckDue() {
    Set<String> failed = new HashSet<>();
    int withNews = 0;
    while (true) {
      List<String> due = signals.dueForRecheck(BATCH + failed.size()).stream().filter(id -> !failed.contains(id)).toList();
      if (due.isEmpty()) {
        return withNews;
      }
      for (String accountId : due) {
        try {
          withNews += Boolean.TRUE.equals(transaction.execute(status -> {
            locks.lock(accountId);
            return signals.isDueForRecheck(accountId) && news.tellFollowers(accountId);
          })) ? 1 : 0;
        } catch (RuntimeException e) {
          failed.add(accountId);
          log.warn("Rechecking the signals of account {} failed; it is tried again on the next run", accountId, e);
        }
      }
    }
  }
}
