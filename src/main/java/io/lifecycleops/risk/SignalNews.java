package io.lifecycleops.risk;

import io.lifecycleops.account.AccountSignals;
import io.lifecycleops.account.AccountSignalsChanged;
import io.lifecycleops.account.SignalArithmetic.Signals;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells an account's followers when its signals say something new, whether a fact arrived or time moved them: the
 * new signals go to the account's ledger (SIGNALS_CHANGED) and whoever follows them (the risk play, the open
 * renewal's risk) acts in the same transaction.
 */
@Component
class SignalNews {

  private final AccountSignals signals;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SignalNews(AccountSignals signals, LifecycleLedger ledger, Actors actors, ApplicationEventPublisher events, Clock clock) {
    this.signals = signals;
    this.ledger = ledger;
    this.actors = actors;
    this.events = events;
    this.clock = clock;
  }

  AccountSignals signals() {
    return signals;
  }

  Instant now() {
    return clock.instant();
  }

  /** Whether there was news; call it holding the account's subject lock. */
  boolean tellFollowers(String accountId) {
    return signals.refresh(accountId).map(now -> {
      ledger.append(accountId, null, LedgerEventType.SIGNALS_CHANGED, null, actors.current(), details(now));
      events.publishEvent(new AccountSignalsChanged(accountId, now));
      return true;
    }).orElse(false);
  }

  private static Map<String, Object> details(Signals signals) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reopenings", signals.reopenings());
    details.put("escalations", signals.escalations());
    details.put("openTickets", signals.openTickets());
    details.put("customerReplyHours", signals.customerReplyHours());
    details.put("unansweredThreads", signals.unansweredThreads());
    details.put("longestUnansweredDays", signals.longestUnansweredDays());
    details.put("firstResponseHours", signals.firstResponseHours());
    details.put("sentiment", signals.sentiment());
    return details;
  }
}
